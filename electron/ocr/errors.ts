// Vietnamese messages for scans the OCR refuses or only partly reads. Every refusal happens
// before anything is registered: OCR only returns text and fields for the review form.
import { AppError } from '../../shared/errors';
import type { ImportWarning } from '../importer/types';

export const OCR_LIMITS = {
  /** Pages read from a long scan: the first ones and the last (signature, Nơi nhận). */
  maxPages: 12,
} as const;

export const ocrErrors = {
  corruptImage: () => new AppError('VALIDATION', 'Tệp ảnh bị hỏng hoặc không đúng định dạng (JPG, PNG, TIFF), không đọc được.'),
  imageTooLarge: () => new AppError('VALIDATION', 'Ảnh quét quá lớn (trên 600 dpi khổ A4). Hãy quét lại ở 300 dpi rồi nhập lại.'),
  blank: () => new AppError('VALIDATION', 'Bản quét trắng, không có chữ để nhận dạng. Hãy kiểm tra lại bản quét.'),
  noise: () => new AppError('VALIDATION', 'Ảnh quá nhiễu hoặc quá tối, không phải bản quét văn bản đọc được. Hãy quét lại rõ hơn.'),
  noImage: () => new AppError('VALIDATION', 'Tệp PDF không có lớp chữ và cũng không có ảnh quét để nhận dạng. Hãy nhập tay các trường.'),
  cancelled: () => new AppError('VALIDATION', 'Đã hủy nhận dạng chữ. Chưa có gì được vào sổ.'),
  tooMuchMemory: () => new AppError('VALIDATION', 'Bản quét quá nặng, bộ nhận dạng chữ đã dừng để không làm treo máy. Hãy quét lại ở 300 dpi hoặc tách tệp nhỏ hơn.'),
  workerFailed: () => new AppError('INTERNAL', 'Bộ nhận dạng chữ (OCR) bị dừng giữa chừng. Hãy nhập lại tệp; nếu vẫn lỗi, hãy khởi động lại ứng dụng.'),
  engineMissing: () => new AppError('INTERNAL', 'Không tìm thấy bộ nhận dạng chữ (OCR) trong bản cài đặt. Hãy cài lại ứng dụng.'),
};

export const ocrWarnings = {
  ocrDone: { code: 'OCR', message: 'Văn bản được nhận dạng từ ảnh quét (OCR): hãy đối chiếu các trường tô vàng với ảnh.' } as ImportWarning,
  pagesSkipped: (read: number, total: number): ImportWarning => ({ code: 'PAGES_TRUNCATED', message: `Bản quét dài ${total} trang: chỉ nhận dạng ${read} trang (các trang đầu và trang cuối).` }),
  lowConfidence: { code: 'OCR', message: 'Bản quét mờ hoặc nghiêng nhiều: chữ nhận dạng kém tin cậy, hãy kiểm tra kỹ.' } as ImportWarning,
  upsideDown: { code: 'OCR', message: 'Có trang quét bị ngược, đã xoay lại để nhận dạng.' } as ImportWarning,
  blankPages: (n: number): ImportWarning => ({ code: 'OCR', message: `${n} trang quét trắng đã bỏ qua.` }),
};
