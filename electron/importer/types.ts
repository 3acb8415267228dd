// Importer results. A scanned PDF (no text layer) is not an error: it returns text '' and the
// NEEDS_OCR warning so the UI can say so and still let the clerk register it with hand-entered fields.
import type { IncomingMetadata } from '../../shared/parse/types';

export type ImportFormat = 'docx' | 'pdf' | 'txt' | 'text';

export type ImportWarningCode = 'NEEDS_OCR' | 'EMPTY_TEXT' | 'ENCODING_GUESSED' | 'PAGES_TRUNCATED';
export type ImportWarning = { code: ImportWarningCode; message: string };

export type ImportResult = {
  format: ImportFormat;
  text: string;
  metadata: IncomingMetadata;
  warnings: ImportWarning[];
};
