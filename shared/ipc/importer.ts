import { z } from 'zod';
import type { IncomingMetadata, MetadataField } from '../parse/types';
import { defineChannel } from './define';

/** A warning the UI shows next to the extracted text; NEEDS_OCR = scan with OCR off (text is ''); OCR = read by OCR. */
export type ImportWarningDto = { code: 'NEEDS_OCR' | 'EMPTY_TEXT' | 'ENCODING_GUESSED' | 'PAGES_TRUNCATED' | 'OCR'; message: string };
/** A field read by OCR: the crop (PNG data URL, made in main) of the lines it came from, and their OCR confidence 0..1. */
export type OcrFieldEvidence = { crop: string | null; ocrConf: number };
export type OcrInfo = { pages: number; pagesRead: number; conf: number; fields: Partial<Record<MetadataField, OcrFieldEvidence>> };
export type ExtractResult = {
  text: string;
  metadata: IncomingMetadata;
  warnings: ImportWarningDto[];
  /** 'ocr' when the text was recognised from a scan (then `ocr` carries crops and confidences). */
  textSource?: 'text' | 'ocr';
  ocr?: OcrInfo;
};
/** Where a running extraction is: OCR page `page` of `pages`; `running: false` once it ended (or was never known). */
export type ExtractProgress = { running: boolean; page: number; pages: number; stage: 'decode' | 'ocr' | 'done' | null };

// 45 MB file cap → base64 is 4/3 of that; the handler re-checks the decoded size.
const MAX_BASE64 = 63_000_000;
const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const importerContract = {
  /**
   * Read a DOCX/PDF/TXT file or a scan (JPG/PNG/TIFF, image-only PDF: OCR) as base64, or pasted
   * text; nothing is registered. `jobId` (chosen by the caller) lets it poll progress and cancel.
   */
  'importer:extract': defineChannel(
    z.union([
      z.strictObject({ fileName: z.string().max(500), dataBase64: z.string().max(MAX_BASE64), jobId: jobId.optional(), ocr: z.boolean().optional() }),
      z.strictObject({ text: z.string().max(5_000_000) }),
    ]),
  ).returns<ExtractResult>(),
  /** Progress of an extraction started with a jobId (polled: there is no push channel). */
  'importer:progress': defineChannel(z.strictObject({ jobId })).returns<ExtractProgress>(),
  /** Cancels an extraction started with a jobId; it then fails with a "cancelled" message. */
  'importer:cancel': defineChannel(z.strictObject({ jobId })).returns<{ cancelled: boolean }>(),
} as const;
