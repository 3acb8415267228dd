// Importer results. A scan (image, or PDF with no text layer) is read by OCR (electron/ocr); with
// OCR off it returns text '' and the NEEDS_OCR warning, and the clerk can type the fields.
import type { IncomingMetadata } from '../../shared/parse/types';
import type { OcrInfo } from '../../shared/ipc/importer';

export type ImportFormat = 'docx' | 'pdf' | 'txt' | 'text' | 'jpg' | 'png' | 'tif';

export type ImportWarningCode = 'NEEDS_OCR' | 'EMPTY_TEXT' | 'ENCODING_GUESSED' | 'PAGES_TRUNCATED' | 'OCR';
export type ImportWarning = { code: ImportWarningCode; message: string };

export type ImportResult = {
  format: ImportFormat;
  text: string;
  metadata: IncomingMetadata;
  warnings: ImportWarning[];
  /** Where the text came from: the file's own text, or OCR of a scan (then `ocr` holds crops and confidences). */
  textSource: 'text' | 'ocr';
  ocr?: OcrInfo;
};
