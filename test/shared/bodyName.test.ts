// Defect 9: names of bodies in generated text ("BAN TUYÊN GIÁO THÀNH ỦY" → "Ban Tuyên giáo Thành ủy",
// not "Ban Tuyên giáo thành ủy"). Real names as they appear in headers (upper case) → running text.
import { describe, expect, it } from 'vitest';
import { bodyNameCase } from '../../shared/text/bodyName';
import { runningName } from '../../shared/templates/prefill';
import { issuerOf } from '../../shared/domain/intake';

const NAMES: [string, string][] = [
  ['BAN TUYÊN GIÁO THÀNH ỦY', 'Ban Tuyên giáo Thành ủy'],
  ['BAN TUYÊN GIÁO QUẬN ỦY', 'Ban Tuyên giáo Quận ủy'],
  ['BAN TUYÊN GIÁO HUYỆN ỦY', 'Ban Tuyên giáo Huyện ủy'],
  ['BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
  ['ĐẢNG ỦY PHƯỜNG SÀI GÒN', 'Đảng ủy phường Sài Gòn'],
  ['ĐẢNG ỦY PHƯỜNG BẾN THÀNH', 'Đảng ủy phường Bến Thành'],
  ['ĐẢNG ỦY XÃ CÔNG HẢI', 'Đảng ủy xã Công Hải'],
  ['ĐẢNG ỦY THỊ TRẤN CỦ CHI', 'Đảng ủy thị trấn Củ Chi'],
  ['ĐẢNG ỦY ĐẶC KHU PHÚ QUỐC', 'Đảng ủy đặc khu Phú Quốc'],
  ['ỦY BAN NHÂN DÂN XÃ TÂN HIỆP', 'Ủy ban nhân dân xã Tân Hiệp'],
  ['ỦY BAN NHÂN DÂN QUẬN 1', 'Ủy ban nhân dân Quận 1'],
  ['ỦY BAN NHÂN DÂN PHƯỜNG 12', 'Ủy ban nhân dân Phường 12'],
  ['ỦY BAN NHÂN DÂN THỊ XÃ PHÚ MỸ', 'Ủy ban nhân dân thị xã Phú Mỹ'],
  ['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'],
  ['HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG', 'Hội đồng nhân dân tỉnh Lâm Đồng'],
  ['MẶT TRẬN TỔ QUỐC VIỆT NAM', 'Mặt trận Tổ quốc Việt Nam'],
  ['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ HỒ CHÍ MINH', 'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh'],
  ['BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
  ['TỈNH ỦY LÂM ĐỒNG', 'Tỉnh ủy Lâm Đồng'],
  ['TỈNH ỦY TUYÊN QUANG', 'Tỉnh ủy Tuyên Quang'],
  ['THÀNH ỦY HẢI PHÒNG', 'Thành ủy Hải Phòng'],
  ['THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH', 'Thành ủy Thành phố Hồ Chí Minh'],
  ['QUẬN ỦY QUẬN 1', 'Quận ủy Quận 1'],
  ['QUẬN ỦY BÌNH THẠNH', 'Quận ủy Bình Thạnh'],
  ['HUYỆN ỦY CỦ CHI', 'Huyện ủy Củ Chi'],
  ['THỊ ỦY THUẬN AN', 'Thị ủy Thuận An'],
  ['BAN CHẤP HÀNH ĐẢNG BỘ TỈNH TUYÊN QUANG', 'Ban Chấp hành Đảng bộ tỉnh Tuyên Quang'],
  ['BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG', 'Ban Chấp hành Trung ương Đảng'],
  ['BAN THƯỜNG VỤ THÀNH ỦY HÀ NỘI', 'Ban Thường vụ Thành ủy Hà Nội'],
  ['BAN THƯỜNG VỤ TỈNH ỦY', 'Ban Thường vụ Tỉnh ủy'],
  ['VĂN PHÒNG TỈNH ỦY', 'Văn phòng Tỉnh ủy'],
  ['VĂN PHÒNG TRUNG ƯƠNG ĐẢNG', 'Văn phòng Trung ương Đảng'],
  ['VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG', 'Văn phòng Ủy ban nhân dân tỉnh Bình Dương'],
  ['ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh'],
  ['THÀNH ĐOÀN THÀNH PHỐ HỒ CHÍ MINH', 'Thành Đoàn Thành phố Hồ Chí Minh'],
  ['TỈNH ĐOÀN LÂM ĐỒNG', 'Tỉnh Đoàn Lâm Đồng'],
  ['HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'Hội Liên hiệp Phụ nữ Việt Nam'],
  ['HỘI LIÊN HIỆP PHỤ NỮ QUẬN 3', 'Hội Liên hiệp Phụ nữ Quận 3'],
  ['HỘI CỰU CHIẾN BINH TỈNH LÂM ĐỒNG', 'Hội Cựu chiến binh tỉnh Lâm Đồng'],
  ['HỘI NÔNG DÂN HUYỆN CỦ CHI', 'Hội Nông dân huyện Củ Chi'],
  ['LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ MINH', 'Liên đoàn Lao động Thành phố Hồ Chí Minh'],
  ['LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN', 'Liên đoàn Lao động tỉnh Nghệ An'],
  ['BAN DÂN VẬN QUẬN ỦY', 'Ban Dân vận Quận ủy'],
  ['BAN TỔ CHỨC TRUNG ƯƠNG', 'Ban Tổ chức Trung ương'],
  ['BAN TUYÊN GIÁO TRUNG ƯƠNG', 'Ban Tuyên giáo Trung ương'],
  ['BAN NỘI CHÍNH TỈNH ỦY', 'Ban Nội chính Tỉnh ủy'],
  ['BAN KINH TẾ TRUNG ƯƠNG', 'Ban Kinh tế Trung ương'],
  ['ỦY BAN KIỂM TRA TỈNH ỦY', 'Ủy ban Kiểm tra Tỉnh ủy'],
  ['ỦY BAN KIỂM TRA TRUNG ƯƠNG', 'Ủy ban Kiểm tra Trung ương'],
  ['BỘ CHÍNH TRỊ', 'Bộ Chính trị'],
  ['BAN BÍ THƯ', 'Ban Bí thư'],
  ['QUÂN ỦY TRUNG ƯƠNG', 'Quân ủy Trung ương'],
  ['ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG', 'Đảng ủy Khối các cơ quan Trung ương'],
  ['ĐẢNG ỦY KHỐI DOANH NGHIỆP TRUNG ƯƠNG', 'Đảng ủy Khối Doanh nghiệp Trung ương'],
  ['ĐẢNG ỦY KHỐI DÂN CHÍNH ĐẢNG TỈNH', 'Đảng ủy Khối Dân chính Đảng tỉnh'],
  ['ĐẢNG ỦY QUÂN SỰ TỈNH', 'Đảng ủy Quân sự tỉnh'],
  ['ĐẢNG ỦY CÔNG AN TỈNH TUYÊN QUANG', 'Đảng ủy Công an tỉnh Tuyên Quang'],
  ['ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH', 'Đảng bộ Thành phố Hồ Chí Minh'],
  ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Đảng Cộng sản Việt Nam'],
  ['SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng'],
  ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Sở Giáo dục và Đào tạo'],
  ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Sở Lao động - Thương binh và Xã hội'],
  ['BỘ CHỈ HUY QUÂN SỰ TỈNH', 'Bộ Chỉ huy Quân sự tỉnh'],
  ['CÔNG AN TỈNH TUYÊN QUANG', 'Công an tỉnh Tuyên Quang'],
  ['TRƯỜNG CHÍNH TRỊ TỈNH LÂM ĐỒNG', 'Trường Chính trị tỉnh Lâm Đồng'],
  ['TRUNG TÂM CHÍNH TRỊ QUẬN 1', 'Trung tâm Chính trị Quận 1'],
  ['HỌC VIỆN CHÍNH TRỊ QUỐC GIA HỒ CHÍ MINH', 'Học viện Chính trị quốc gia Hồ Chí Minh'],
  ['HỘI ĐỒNG LÝ LUẬN TRUNG ƯƠNG', 'Hội đồng Lý luận Trung ương'],
  ['ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH', 'Đài Phát thanh và Truyền hình tỉnh'],
  ['HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN', 'Hội Chữ thập đỏ tỉnh Nghệ An'],
  ['BÁO NHÂN DÂN', 'Báo Nhân dân'],
  ['TẠP CHÍ CỘNG SẢN', 'Tạp chí Cộng sản'],
  ['ỦY BAN NHÂN DÂN XÃ TÂN HIỆP, HUYỆN HÓC MÔN', 'Ủy ban nhân dân xã Tân Hiệp, huyện Hóc Môn'],
];

describe('bodyNameCase', () => {
  it(`has a real table (${NAMES.length} names)`, () => expect(NAMES.length).toBeGreaterThanOrEqual(40));
  for (const [upper, expected] of NAMES) {
    it(`${upper} → ${expected}`, () => {
      expect(bodyNameCase(upper)).toBe(expected);
      // Already in running form, or lower-cased by someone: the same result.
      expect(bodyNameCase(expected)).toBe(expected);
    });
  }

  it('keeps old-style tone marks as written and changes only the case', () => {
    expect(bodyNameCase('BAN TUYÊN GIÁO THÀNH UỶ')).toBe('Ban Tuyên giáo Thành uỷ');
    expect(bodyNameCase('UỶ BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ')).toBe('Uỷ ban nhân dân phường Bến Nghé');
    expect(bodyNameCase('  ĐẢNG  ỦY\u00A0XÃ TÂN HIỆP ')).toBe('Đảng ủy xã Tân Hiệp');
  });

  it('keeps abbreviations in mixed-case input', () => {
    expect(bodyNameCase('Đoàn TNCS Hồ Chí Minh')).toBe('Đoàn TNCS Hồ Chí Minh');
  });
});

describe('runningName (forwarding letters, review form)', () => {
  it('adds the parent body with its capital', () => {
    expect(runningName('BAN TUYÊN GIÁO', 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH')).toBe('Ban Tuyên giáo Thành ủy');
    expect(runningName('BAN TUYÊN GIÁO VÀ DÂN VẬN', 'TỈNH ỦY TUYÊN QUANG')).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
    expect(runningName('VĂN PHÒNG', 'QUẬN ỦY QUẬN 1')).toBe('Văn phòng Quận ủy');
  });
  it('capitalises a whole issuer line the same way', () => {
    expect(runningName('BAN TUYÊN GIÁO THÀNH ỦY')).toBe('Ban Tuyên giáo Thành ủy');
    expect(runningName('ĐẢNG ỦY PHƯỜNG SÀI GÒN', 'ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH')).toBe('Đảng ủy phường Sài Gòn');
    expect(runningName('ỦY BAN NHÂN DÂN XÃ TÂN HIỆP')).toBe('Ủy ban nhân dân xã Tân Hiệp');
  });
});

describe('issuerOf (the register\'s issuer, every entry point)', () => {
  it('a body issuing in its own name is written in running form too', () => {
    expect(issuerOf({ issuer: null, parentBody: 'TỈNH ỦY LÂM ĐỒNG' })).toBe('Tỉnh ủy Lâm Đồng');
    expect(issuerOf({ issuer: 'BAN TUYÊN GIÁO', parentBody: 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH' })).toBe('Ban Tuyên giáo Thành ủy');
    expect(issuerOf({ issuer: null, parentBody: null })).toBe('');
  });
});
