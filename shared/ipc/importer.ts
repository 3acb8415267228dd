import { z } from 'zod';
import type { IncomingMetadata } from '../parse/types';
import { defineChannel } from './define';

/** A warning the UI shows next to the extracted text; NEEDS_OCR = scanned PDF (text is ''). */
export type ImportWarningDto = { code: 'NEEDS_OCR' | 'EMPTY_TEXT' | 'ENCODING_GUESSED' | 'PAGES_TRUNCATED'; message: string };
export type ExtractResult = { text: string; metadata: IncomingMetadata; warnings: ImportWarningDto[] };

// 45 MB file cap → base64 is 4/3 of that; the handler re-checks the decoded size.
const MAX_BASE64 = 63_000_000;

export const importerContract = {
  /** Read a DOCX/PDF/TXT file (base64) or pasted text; nothing is registered. */
  'importer:extract': defineChannel(
    z.union([
      z.strictObject({ fileName: z.string().max(500), dataBase64: z.string().max(MAX_BASE64) }),
      z.strictObject({ text: z.string().max(5_000_000) }),
    ]),
  ).returns<ExtractResult>(),
} as const;
