// Cases from the independent check whose right answer is ambiguous, so they are not exact-match
// fixtures: what is asserted is that the parser does not claim certainty it does not have.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../shared/parse';

const chiThi = [
  'BAN CHẤP HÀNH TRUNG ƯƠNG', 'ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Hà Nội, ngày 14 tháng 4 năm 2025', 'Số 45-CT/TW',
  'CHỈ THỊ', 'CỦA BỘ CHÍNH TRỊ', 'về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu', 'toàn quốc lần thứ XIV của Đảng', '-----',
  'Căn cứ Điều lệ Đảng, Bộ Chính trị chỉ thị như sau.', 'Nơi nhận:', '- Các tỉnh ủy, thành ủy,', '- Lưu Văn phòng Trung ương Đảng.',
  'T/M BỘ CHÍNH TRỊ', 'Tô Lâm',
].join('\n');

describe('parser hardening', () => {
  it('an upper-case line then "về …" under a title: the trích yếu is kept whole but flagged', () => {
    const m = extractMetadata(chiThi);
    expect(m.subject).toContain('về đại hội đảng bộ các cấp');
    expect(m.confidence.subject).toBeLessThan(0.5);
    expect(m.docType).toBe('Chỉ thị');
  });

  it('"Q. TRƯỞNG BAN" is an acting chức vụ, not a signing mark', () => {
    const m = extractMetadata(chiThi.replace('T/M BỘ CHÍNH TRỊ', 'Q. CHÁNH VĂN PHÒNG'));
    expect(m.signingAuthority).toBeNull();
    expect(m.signerTitle).toBe('Q. CHÁNH VĂN PHÒNG');
    expect(m.signerName).toBe('Tô Lâm');
  });

  it('a dash inside an item ("Phát thanh - Truyền hình") does not split a one-line list', () => {
    const m = extractMetadata(chiThi.replace('- Các tỉnh ủy, thành ủy,', '- Đài Phát thanh - Truyền hình tỉnh; - Các tỉnh ủy, thành ủy,'));
    expect(m.distribution).toEqual(['Đài Phát thanh - Truyền hình tỉnh', 'Các tỉnh ủy, thành ủy', 'Lưu Văn phòng Trung ương Đảng']);
  });

  it('a date inside a title\'s trích yếu is not taken for the header place-date', () => {
    const m = extractMetadata(chiThi.replace('toàn quốc lần thứ XIV của Đảng', 'toàn quốc lần thứ XIV của Đảng tại cuộc họp ngày 08/9/2025'));
    expect(m.subject).toMatch(/tại cuộc họp ngày 08\/9\/2025$/);
    expect(m.date).toBe('2025-04-14');
  });

  it('"Đồng kính gửi" recipients join the addressees, flagged as a convention to check', () => {
    const cv = (kg: string) => ['TỈNH ỦY GIA LAI', 'BAN TUYÊN GIÁO', '*', 'Số 301-CV/BTGTU', 'V/v cung cấp thông tin', 'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Gia Lai, ngày 11 tháng 11 năm 2022', kg, 'Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan báo chí thực hiện.', 'Nơi nhận:', '- Như trên;', '- Lưu VT.', 'TRƯỞNG BAN', 'Ksor Hơ Mai'].join('\n');
    for (const kg of ['Kính gửi: Báo Gia Lai\nĐồng kính gửi: Đài Phát thanh - Truyền hình Gia Lai', 'Kính gửi:\n- Báo Gia Lai.\nĐồng kính gửi:\n- Đài Phát thanh - Truyền hình Gia Lai.']) {
      const m = extractMetadata(cv(kg));
      expect(m.addressees).toEqual(['Báo Gia Lai', 'Đài Phát thanh - Truyền hình Gia Lai']);
      expect(m.confidence.addressees).toBeLessThan(0.7);
    }
  });
});
