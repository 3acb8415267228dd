// The importer's entry points. `readDocumentFile` is what `vanthu import` (registers) and the
// `importer:extract` channel call: it sniffs the format from the bytes (not the file name), reads
// the text and runs the parser. Every refusal is a Vietnamese AppError thrown before anything is
// registered; size caps are checked before any parsing, so bad files fail fast.
import fs from 'node:fs/promises';
import path from 'node:path';
import { extractMetadata } from '../../shared/parse';
import { emptyMetadata } from '../../shared/parse/extract';
import { docxToText } from './docx';
import { LIMITS, importErrors, warnings } from './errors';
import { pdfToText } from './pdf';
import { decodeText } from './text';
import type { ImportFormat, ImportResult, ImportWarning } from './types';
import { isZip } from './zip';
import { sniffImage } from '../ocr/decode';
import { readScan, type ReadOptions } from '../ocr/read';

export type { ImportResult } from './types';

const isPdf = (b: Uint8Array) => {
  // "%PDF-" may follow some junk bytes; real readers accept up to 1 KB of it.
  const head = new TextDecoder('latin1').decode(b.subarray(0, 1024));
  return head.includes('%PDF-');
};
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Text and metadata from bytes already in memory. Scans (JPG/PNG/TIFF, image-only PDF) are read
 * by OCR unless `opts.ocr` is false; `opts.signal` cancels and `opts.onProgress` reports pages.
 */
export async function readDocumentBytes(bytes: Uint8Array, fileName = '', opts: ReadOptions = {}): Promise<ImportResult> {
  if (bytes.byteLength > LIMITS.maxFileBytes) throw importErrors.tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw importErrors.empty();
  const ext = path.extname(fileName).toLowerCase();
  const image = sniffImage(bytes);
  if (image) return readScan(bytes, image, opts, []);
  let format: ImportFormat;
  let text: string;
  let warns: ImportWarning[] = [];
  if (isZip(bytes)) {
    format = 'docx';
    text = docxToText(bytes);
  } else if (isPdf(bytes)) {
    format = 'pdf';
    ({ text, warnings: warns } = await pdfToText(bytes));
    if (warns.some((w) => w.code === 'NEEDS_OCR') && opts.ocr !== false) return readScan(bytes, 'pdf', opts, []);
  } else if (isOle(bytes)) {
    throw importErrors.oldDoc();
  } else if (bytes[0] === 0x7b && new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '{\\rtf') {
    throw importErrors.rtf();
  } else if (ext === '.docx') {
    throw importErrors.corruptZip();
  } else if (ext === '.pdf') {
    throw importErrors.corruptPdf();
  } else {
    format = 'txt';
    ({ text, warnings: warns } = decodeText(bytes));
  }
  return finish(format, text, warns);
}

/** Pasted text (already a string). */
export function readPastedText(text: string): ImportResult {
  if (text.length > LIMITS.maxFileBytes) throw importErrors.tooLarge(text.length);
  return finish('text', text, []);
}

function finish(format: ImportFormat, raw: string, warns: ImportWarning[]): ImportResult {
  const text = raw.normalize('NFC');
  if (!text.trim()) {
    const w = warns.some((x) => x.code === 'NEEDS_OCR') ? warns : [...warns, { ...warnings.emptyText }];
    return { format, text: '', metadata: emptyMetadata(), warnings: w, textSource: 'text' };
  }
  return { format, text, metadata: extractMetadata(text), warnings: warns, textSource: 'text' };
}

/**
 * Reads a document from a path or from bytes. `fileName` is only a hint (formats are sniffed from
 * the content). Throws AppError('VALIDATION', Vietnamese message) for files it refuses; a scanned
 * PDF returns text '' with the NEEDS_OCR warning instead.
 */
export async function readDocumentFile(input: string | Uint8Array, fileName?: string, opts: ReadOptions = {}): Promise<ImportResult> {
  if (typeof input !== 'string') return readDocumentBytes(input, fileName, opts);
  const st = await fs.stat(input);
  if (st.size > LIMITS.maxFileBytes) throw importErrors.tooLarge(st.size);
  const buf = await fs.readFile(input);
  return readDocumentBytes(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), fileName ?? path.basename(input), opts);
}
