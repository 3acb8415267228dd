// Hand-entered seed letter Số 65-CV/BTGQU (party-format seed) as a DocumentSpec, for PDF tests.
import { type DocumentSpec } from '../../../shared/document/spec';

const p = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }] });

export const SEED_LETTER: DocumentSpec = {
  kind: 'cong-van',
  header: {
    parentBody: 'QUẬN ỦY QUẬN 1',
    issuer: 'BAN TUYÊN GIÁO',
    number: { serial: 65, typeCode: 'CV', issuerCode: 'BTGQU' },
    place: 'Quận 1',
    date: '2023-07-12',
  },
  title: null,
  subject: 'Về việc gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”',
  addressees: ['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận,', 'Cấp ủy cơ sở đảng,', 'Các đồng chí báo cáo viên cấp quận.'],
  body: [
    p('Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban Tuyên giáo Thành ủy về gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”;'),
    p('Ban Tuyên giáo Quận ủy gửi các đơn vị tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)” do Ban Tuyên giáo Thành ủy biên soạn để các đồng chí phổ biến tại địa phương, cơ quan, đơn vị.'),
    { type: 'paragraph', runs: [{ text: 'Lưu ý:', italic: true, bold: true }, { text: ' Đề nghị các đơn vị truy cập Trang tin Điện tử Đảng bộ quận (mục Tài liệu tuyên truyền) để tải “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”.' }] },
    p('Trân trọng.'),
  ],
  footnotes: [],
  signature: { authority: 'K/T TRƯỞNG BAN', title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Trung Châu Tuyên' },
  distribution: ['Như trên;', 'Thường trực Quận ủy;', 'Lưu Ban Tuyên giáo Quận ủy.'],
  marks: {},
  metadata: { title: 'Về việc gửi tài liệu “Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21 (khóa XI)”', author: 'Ban Tuyên giáo Quận ủy Quận 1' },
};
