// Vietnamese errors for files the importer refuses. Every refusal happens before any record is
// written: the importer only reads and returns text.
import { AppError } from '../../shared/errors';

export const LIMITS = {
  /** Whole file. Checked with stat/byteLength before reading or parsing anything. */
  maxFileBytes: 45 * 1024 * 1024, // base64 of this still fits the web bridge body limit (64 MB)
  /** Declared uncompressed size of the DOCX parts we inflate (document, footnotes, numbering). */
  maxPartBytes: 20 * 1024 * 1024,
  /** Declared uncompressed size of the whole archive, and its entry count. */
  maxArchiveBytes: 400 * 1024 * 1024,
  maxEntries: 5000,
  /** Compression ratio above which a large part is treated as a ZIP bomb. */
  maxRatio: 100,
  /** PDF: pages read, and a time budget after which the rest is skipped with a warning. */
  maxPdfPages: 300,
  pdfBudgetMs: 4000,
  /** Hard stop for one PDF, whatever pdfjs is doing (checked between its asynchronous steps). */
  pdfHardLimitMs: 4700,
} as const;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export const importErrors = {
  tooLarge: (bytes: number) => new AppError('VALIDATION', `Tệp quá lớn (${mb(bytes)}). Chỉ nhận tệp đến ${mb(LIMITS.maxFileBytes)}.`),
  empty: () => new AppError('VALIDATION', 'Tệp rỗng, không có nội dung để đọc.'),
  notDocx: () => new AppError('VALIDATION', 'Tệp nén này không phải văn bản Word (.docx): không có phần nội dung word/document.xml.'),
  zipBomb: () => new AppError('VALIDATION', 'Tệp nén có kích thước giải nén bất thường (nghi là tệp độc hại), không mở.'),
  corruptZip: () => new AppError('VALIDATION', 'Tệp .docx bị hỏng hoặc không đầy đủ, không đọc được.'),
  encryptedDocx: () => new AppError('VALIDATION', 'Tệp Word được đặt mật khẩu hoặc mã hóa. Hãy gỡ mật khẩu rồi nhập lại.'),
  oldDoc: () => new AppError('VALIDATION', 'Tệp Word định dạng cũ (.doc) hoặc đã mã hóa. Hãy mở bằng Word/LibreOffice và lưu thành .docx rồi nhập lại.'),
  corruptPdf: () => new AppError('VALIDATION', 'Tệp PDF bị hỏng hoặc không đúng định dạng, không đọc được.'),
  pdfTooSlow: () => new AppError('VALIDATION', 'Tệp PDF quá phức tạp hoặc bị hỏng: đọc quá 5 giây nên đã dừng. Hãy in ra PDF mới hoặc nhập tay các trường.'),
  passwordPdf: () => new AppError('VALIDATION', 'Tệp PDF được đặt mật khẩu. Hãy gỡ mật khẩu (hoặc in ra PDF mới) rồi nhập lại.'),
  rtf: () => new AppError('VALIDATION', 'Tệp RTF chưa được hỗ trợ. Hãy mở bằng Word/LibreOffice và lưu thành .docx rồi nhập lại.'),
  binary: () => new AppError('VALIDATION', 'Tệp không phải văn bản đọc được (không phải DOCX, PDF hay tệp chữ). Hãy chọn tệp .docx, .pdf hoặc .txt.'),
  badEncoding: () => new AppError('VALIDATION', 'Không nhận ra bảng mã của tệp chữ. Hãy lưu tệp ở dạng UTF-8 rồi nhập lại.'),
};

export const warnings = {
  needsOcr: { code: 'NEEDS_OCR', message: 'Tệp PDF này là ảnh quét, không có lớp chữ: nhận dạng chữ (OCR) đang tắt. Vẫn có thể vào sổ bằng cách nhập tay các trường.' },
  emptyText: { code: 'EMPTY_TEXT', message: 'Tệp không có chữ nào; hãy nhập tay các trường.' },
  encodingGuessed: { code: 'ENCODING_GUESSED', message: 'Tệp chữ không ở dạng UTF-8; đã đọc theo bảng mã Windows-1258. Hãy kiểm tra dấu tiếng Việt.' },
  pagesTruncated: { code: 'PAGES_TRUNCATED', message: 'Tệp PDF quá dài: chỉ đọc các trang đầu.' },
} as const;
