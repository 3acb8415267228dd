// Forms found when checking the extractor against articles it was not tuned on (see rh-* fixtures).
import { describe, expect, it } from 'vitest';
import { findConferences } from '../../../shared/report/conference';
import { findDates } from '../../../shared/report/date-mentions';
import { findAdopted, findAttendance } from '../../../shared/report/figures';
import { ordinalValue } from '../../../shared/report/fold';
import { findChairs } from '../../../shared/report/people';
import { splitSentences } from '../../../shared/report/sentences';

describe('forms the first fixtures did not have', () => {
  it('reads written ordinals above ten and keeps the body after them', () => {
    expect(['mười một', 'hai mươi', 'hai mươi mốt', 'mười lăm', 'chín', 'nhất'].map(ordinalValue)).toEqual([11, 20, 21, 15, 9, 1]);
    const [c] = findConferences(splitSentences('Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII bế mạc.'));
    expect(c).toMatchObject({ ordinal: 11, khoa: 'XIII' });
    expect(c?.body?.raw).toBe('Ban Chấp hành Trung ương Đảng');
    expect(findConferences(splitSentences('Ngày 5/3, Đảng ủy tổ chức Hội nghị lần thứ hai từ 8 giờ.'))[0]?.ordinal).toBe(2);
  });
  it('treats a conference relayed by "thông báo nhanh kết quả" as cited, with its own dates', () => {
    const cs = findConferences(splitSentences('Sáng 23/9, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị thông báo nhanh kết quả Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII, diễn ra từ ngày 18 đến ngày 20/9/2024 tại Thủ đô Hà Nội.'));
    expect(cs.map((c) => c.cited)).toEqual([false, true]);
    expect(cs[0]).toMatchObject({ kind: 'hội nghị thông báo nhanh', range: null, place: null });
    expect(cs[0]?.organiser?.raw).toBe('Ban Thường vụ Tỉnh ủy Bắc Giang');
  });
  it('takes the term written between the body and the verb', () => {
    const [c] = findConferences(splitSentences('Sáng 28-12, Ban Chấp hành Đảng bộ thành phố Đà Nẵng khóa XXII tổ chức hội nghị lần thứ 17.'));
    expect(c).toMatchObject({ khoa: 'XXII', ordinal: 17 });
    expect(c?.organiser?.raw).toBe('Ban Chấp hành Đảng bộ thành phố Đà Nẵng');
  });
  it('reads delegates and members from one sentence, and a list after any colon', () => {
    expect(findAttendance(splitSentences('Dự hội nghị có 120 đại biểu, trong đó có 45/50 đồng chí Ủy viên Ban Chấp hành Đảng bộ Khối.'))).toMatchObject({ present: 120, total: null, members: { present: 45, total: 50 } });
    const items = findAdopted(splitSentences('Hội nghị đã thảo luận, thống nhất thông qua các nội dung: Báo cáo A năm 2023; Chương trình B năm 2024; Nghị quyết C.'));
    expect(items.map((i) => i.text)).toEqual(['Báo cáo A năm 2023', 'Chương trình B năm 2024', 'Nghị quyết C']);
  });
  it('finds two chairs with their titles written before the names', () => {
    const chairs = findChairs(splitSentences('Bí thư Thành ủy Trần Văn Hải và Phó Bí thư Thường trực Thành ủy Nguyễn Minh Tâm chủ trì hội nghị.'));
    expect(chairs.map((c) => c.person)).toEqual([{ name: 'Trần Văn Hải', title: 'Bí thư Thành ủy' }, { name: 'Nguyễn Minh Tâm', title: 'Phó Bí thư Thường trực Thành ủy' }]);
  });
  it('reads a title written after a dash, and datelines with the time first or "Đăng ngày"', () => {
    const chairs = findChairs(splitSentences('Đồng chí Đỗ Đức Duy - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị.'));
    expect(chairs.map((c) => c.person)).toEqual([{ name: 'Đỗ Đức Duy', title: 'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy' }]);
    const co = findChairs(splitSentences('Đồng chí Vũ Văn Diện, Bí thư Đảng ủy phường; đồng chí Trần Văn Hùng, Phó Bí thư Thường trực Đảng ủy phường đồng chủ trì hội nghị.'));
    expect(co.map((c) => c.person.name)).toEqual(['Vũ Văn Diện', 'Trần Văn Hùng']);
    expect(findDates('Cập nhật: 10:30, 28/12/2021')[0]).toMatchObject({ year: 2021, dateline: true });
    expect(findDates('Đăng ngày: 28/12/2021 bởi PV')[0]).toMatchObject({ year: 2021, dateline: true });
    expect(findDates('Ngày 28/12/2021, Tỉnh ủy tổ chức hội nghị.')[0]).toMatchObject({ year: 2021, dateline: false });
  });
});
