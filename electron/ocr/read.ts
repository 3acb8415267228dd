// OCR intake of one scan, as the importer calls it. The work (decoding, seal removal, deskew,
// binarising, tesseract, parsing) runs in the OCR worker thread (./host.ts), never on the main
// process's thread. With OCR off (`--no-ocr`, or a caller that only wants the text layer) a scan
// returns no text and the NEEDS_OCR warning, as before, so the clerk can still type the fields.
import { emptyMetadata } from '../../shared/parse/extract';
import { warnings } from '../importer/errors';
import type { ImportResult, ImportWarning } from '../importer/types';
import type { ScanFormat } from './decode';
import { ocrHost, type OcrHost } from './host';
import type { OcrProgress } from './scan';

export type ReadOptions = {
  /** false: never run OCR (scans come back empty with NEEDS_OCR). Default true. */
  ocr?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: OcrProgress) => void;
  /** The OCR worker to use (tests and the bench bring their own); default: the process's one. */
  host?: OcrHost;
};

export async function readScan(bytes: Uint8Array, format: ScanFormat, opts: ReadOptions, warns: ImportWarning[]): Promise<ImportResult> {
  if (opts.ocr === false) {
    return { format, text: '', metadata: emptyMetadata(), warnings: [...warns, { ...warnings.needsOcr }], textSource: 'text' };
  }
  const r = await (opts.host ?? ocrHost()).read(bytes, format, { signal: opts.signal, onProgress: opts.onProgress });
  return { ...r, warnings: [...warns, ...r.warnings] };
}
