// OCR intake of one scan: decode → pages → text → the same parser as typed text → OCR evidence.
// With OCR off (`--no-ocr`, or a caller that only wants the text layer) a scan returns no text and
// the NEEDS_OCR warning, as before, so the clerk can still type the fields.
import { extractMetadata } from '../../shared/parse';
import { emptyMetadata } from '../../shared/parse/extract';
import { warnings } from '../importer/errors';
import type { ImportResult, ImportWarning } from '../importer/types';
import { imageSource, pdfSource, type ScanFormat } from './decode';
import { ocrEngine, type OcrEngine } from './engine';
import { AppError } from '../../shared/errors';
import { ocrErrors, ocrWarnings } from './errors';
import { withOcrEvidence } from './fields';
import { ocrPages, type OcrProgress } from './scan';

export type ReadOptions = {
  /** false: never run OCR (scans come back empty with NEEDS_OCR). Default true. */
  ocr?: boolean;
  signal?: AbortSignal;
  onProgress?: (p: OcrProgress) => void;
  engine?: OcrEngine;
};

export async function readScan(bytes: Uint8Array, format: ScanFormat, opts: ReadOptions, warns: ImportWarning[]): Promise<ImportResult> {
  if (opts.ocr === false) {
    return { format, text: '', metadata: emptyMetadata(), warnings: [...warns, { ...warnings.needsOcr }], textSource: 'text' };
  }
  const source = format === 'pdf' ? await pdfSource(bytes) : imageSource(bytes, format);
  try {
    let scan: Awaited<ReturnType<typeof ocrPages>>;
    try {
      scan = await ocrPages(source, opts.engine ?? ocrEngine(), { signal: opts.signal, onProgress: opts.onProgress });
    } catch (e) {
      // A PDF with neither text nor a scanned image (drawings only) is not refused: the clerk types the fields.
      if (e instanceof AppError && e.message === ocrErrors.noImage().message) {
        return { format, text: '', metadata: emptyMetadata(), warnings: [...warns, { code: 'NEEDS_OCR', message: e.message }], textSource: 'text' };
      }
      throw e;
    }
    const parsed = extractMetadata(scan.text);
    // A name read again from the signature area (the parser found none in the page's text): a
    // guess from the name's shape, so its confidence stays low and the form marks it.
    if (!parsed.signerName && scan.signer) {
      parsed.signerName = scan.signer.name;
      parsed.confidence = { ...parsed.confidence, signerName: 0.6 };
    }
    const { metadata, ocr } = withOcrEvidence(parsed, scan);
    return { format, text: scan.text, metadata, warnings: [...warns, { ...ocrWarnings.ocrDone }, ...scan.warnings], textSource: 'ocr', ocr };
  } finally {
    await source.close();
  }
}
