// One scan read inside the OCR worker (./worker.ts): decode → pages → text → the same parser as
// typed text → OCR evidence (confidence, crops). Everything here is CPU work on whole pages, which
// is why it never runs on the main process's thread.
import { extractMetadata } from '../../shared/parse';
import { emptyMetadata } from '../../shared/parse/extract';
import type { ImportResult } from '../importer/types';
import { AppError } from '../../shared/errors';
import { imageSource, pdfSource, type ScanFormat } from './decode';
import type { OcrEngine } from './engine';
import { ocrErrors, ocrWarnings } from './errors';
import { withOcrEvidence } from './fields';
import { ocrPages, type OcrProgress } from './scan';
import { repairName } from './signer';

export async function scanToResult(bytes: Uint8Array, format: ScanFormat, engine: OcrEngine, opts: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void }): Promise<ImportResult> {
  const source = format === 'pdf' ? await pdfSource(bytes) : imageSource(bytes, format);
  try {
    let scan: Awaited<ReturnType<typeof ocrPages>>;
    try {
      scan = await ocrPages(source, engine, opts);
    } catch (e) {
      // A PDF with neither text nor a scanned image (drawings only) is not refused: the clerk types the fields.
      if (e instanceof AppError && e.message === ocrErrors.noImage().message) {
        return { format, text: '', metadata: emptyMetadata(), warnings: [{ code: 'NEEDS_OCR', message: e.message }], textSource: 'text' };
      }
      throw e;
    }
    const parsed = extractMetadata(scan.text);
    // A name read again from the signature area (the parser found none in the page's text): a
    // guess from the name's shape, so its confidence stays low and the form marks it.
    if (parsed.signerName) parsed.signerName = repairName(parsed.signerName);
    else if (scan.signer) {
      parsed.signerName = scan.signer.name;
      parsed.confidence = { ...parsed.confidence, signerName: 0.6 };
    }
    const { metadata, ocr } = withOcrEvidence(parsed, scan);
    return { format, text: scan.text, metadata, warnings: [{ ...ocrWarnings.ocrDone }, ...scan.warnings], textSource: 'ocr', ocr };
  } finally {
    await source.close();
  }
}
