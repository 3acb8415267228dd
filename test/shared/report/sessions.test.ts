// People's Council sessions, armed-forces and functional Party committees, Đoàn Chủ tịch lists: the forms the
// articles-2025 fixtures brought in, one rule each.
import { describe, expect, it } from 'vitest';
import { canonicalBody } from '../../../shared/report/body';
import { findConferences } from '../../../shared/report/conference';
import { findAdopted, findAttendance } from '../../../shared/report/figures';
import { findChairs, findNames } from '../../../shared/report/people';
import { draftReport, toPublicReport } from '../../../shared/report/report';
import { splitSentences } from '../../../shared/report/sentences';

describe('a People\'s Council session ("Kỳ họp")', () => {
  it('reads the session, its ordinal, council and term, whether the council comes before or after', () => {
    const [a] = findConferences(splitSentences('Sáng 9-12-2025, HĐND tỉnh Đồng Nai khóa X tổ chức khai mạc Kỳ họp thứ 12 (kỳ họp thường lệ cuối năm 2025) tại Hội trường Tỉnh ủy.'));
    expect(a).toMatchObject({ kind: 'kỳ họp', ordinal: 12, khoa: 'X', place: 'Hội trường Tỉnh ủy', opening: true });
    expect(a?.organiser?.raw).toBe('HĐND tỉnh Đồng Nai');
    const [b] = findConferences(splitSentences('Sáng 8/12, Kỳ họp thứ Mười HĐND tỉnh Thái Nguyên khóa XIV khai mạc.'));
    expect(b).toMatchObject({ kind: 'kỳ họp', ordinal: 10, khoa: 'XIV' });
    expect(b?.body?.raw).toBe('HĐND tỉnh Thái Nguyên');
    expect(findConferences(splitSentences('Kỳ họp thứ nhất HĐND xã Tân Hiệp khóa I.'))[0]?.ordinal).toBe(1);
  });
  it('does not take a session a conference prepares, nor a conference centre, for the meeting', () => {
    const cs = findConferences(splitSentences('Ngày 5/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào các nội dung trình Kỳ họp thứ 30 HĐND tỉnh khóa XVIII tại Trung tâm Hội nghị tỉnh.'));
    expect(cs.map((c) => [c.kind, c.cited])).toEqual([['hội nghị', false], ['kỳ họp', true]]);
  });
  it('writes the council out in full and counts "Dự kỳ họp có 88 đại biểu"', () => {
    expect(canonicalBody('HĐND TP Cần Thơ', false)).toBe('Hội đồng nhân dân thành phố Cần Thơ');
    expect(findAttendance(splitSentences('Dự kỳ họp có 88 đại biểu HĐND tỉnh.'))).toMatchObject({ present: 88, total: null });
  });
  it('drafts "Kết quả Kỳ họp thứ 12 …": the council and its term open, the chairs "chủ tọa", the closing names the session', () => {
    const text = 'Chiều 11-12-2025, sau 3 ngày làm việc (từ ngày 9 đến 11-12), Kỳ họp thứ 12 HĐND tỉnh Đồng Nai khóa X, nhiệm kỳ 2021 - 2026 đã bế mạc tại Trung tâm Hội nghị tỉnh. Đồng chí Hồ Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì kỳ họp. Dự kỳ họp có 84/90 đại biểu HĐND tỉnh.';
    const r = toPublicReport(draftReport([{ name: 'a.txt', text }]));
    expect(r.draft.title).toBe('THÔNG BÁO NHANH\nKết quả Kỳ họp thứ 12 Hội đồng nhân dân tỉnh Đồng Nai khóa X');
    expect(r.draft.sections[0]?.paragraphs[0]?.text).toBe(
      'Từ ngày 09 đến ngày 11 tháng 12 năm 2025, tại Trung tâm Hội nghị tỉnh, Hội đồng nhân dân tỉnh Đồng Nai khóa X, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 12. ' +
        'Tham dự Kỳ họp có 84/90 đại biểu Hội đồng nhân dân tỉnh Đồng Nai. ' +
        'Đồng chí Hồ Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ tọa Kỳ họp.',
    );
    expect(r.draft.sections.at(-1)?.paragraphs[0]?.text).toContain('kết quả Kỳ họp');
  });
});

describe('Party committees that are not a "Ban Chấp hành"', () => {
  it('keeps armed-forces, police and functional committees as written; elected territorial ones become the Ban Chấp hành', () => {
    expect(canonicalBody('Đảng ủy Quân sự tỉnh Lâm Đồng', false)).toBe('Đảng ủy Quân sự tỉnh Lâm Đồng');
    expect(canonicalBody('Đảng ủy Công an tỉnh Nghệ An', false)).toBe('Đảng ủy Công an tỉnh Nghệ An');
    expect(canonicalBody('Đảng ủy UBND tỉnh Quảng Ngãi', false)).toBe('Đảng ủy Ủy ban nhân dân tỉnh Quảng Ngãi');
    expect(canonicalBody('Đảng ủy Quận 3', false)).toBe('Ban Chấp hành Đảng bộ Quận 3');
    expect(canonicalBody('Đảng ủy Quân khu 7', false)).toBe('Đảng ủy Quân khu 7');
    const text = 'Ngày 20-12-2024, Đảng ủy Quân khu 7 tổ chức Hội nghị Đảng ủy Quân khu lần thứ 8, nhiệm kỳ 2020 - 2025.';
    expect(toPublicReport(draftReport([{ text }])).facts.body).toBe('Đảng ủy Quân khu 7');
    expect(canonicalBody('Đảng ủy Khối các cơ quan tỉnh Bình Dương', false)).toBe('Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Bình Dương');
    const [c] = findConferences(splitSentences('Ngày 26/12, Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị tổ chức hội nghị tổng kết năm 2025.'));
    expect(c?.organiser?.raw).toBe('Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị');
  });
});

describe('Đoàn Chủ tịch and "chủ tọa" lists', () => {
  it('takes every listed member, ranks left out of the name', () => {
    const chairs = findChairs(splitSentences('Đoàn Chủ tịch hội nghị gồm các đồng chí: Đại tá Trần Văn Hùng, Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh; Thượng tá Lê Minh Tuấn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.'));
    expect(chairs.map((c) => c.person)).toEqual([
      { name: 'Trần Văn Hùng', title: 'Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh' },
      { name: 'Lê Minh Tuấn', title: 'Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh' },
    ]);
    const toa = findChairs(splitSentences('Chủ tọa kỳ họp gồm các đồng chí: Phạm Văn Thành, Chủ tịch HĐND xã; Lê Thị Thu Hà, Phó Chủ tịch HĐND xã.'));
    expect(toa.map((c) => c.person.name)).toEqual(['Phạm Văn Thành', 'Lê Thị Thu Hà']);
  });
  it('writes the presidium into the draft as the source does, not as "chủ trì"', () => {
    const text = 'Ngày 5/12/2025, Đảng ủy Quân sự tỉnh Lâm Đồng tổ chức hội nghị tổng kết năm 2025. Đoàn Chủ tịch hội nghị gồm các đồng chí: Đại tá Trần Văn Hùng, Bí thư Đảng ủy; Đại tá Lê Minh Tuấn, Phó Bí thư Đảng ủy.';
    const opening = toPublicReport(draftReport([{ text }])).draft.sections[0]?.paragraphs[0]?.text;
    expect(opening).toBe('Ngày 05 tháng 12 năm 2025, Đảng ủy Quân sự tỉnh Lâm Đồng tổ chức Hội nghị tổng kết. Đoàn Chủ tịch Hội nghị tổng kết gồm các đồng chí: Trần Văn Hùng, Bí thư Đảng ủy; Lê Minh Tuấn, Phó Bí thư Đảng ủy.');
  });
  it('leaves a congress\'s Đoàn Chủ tịch out: the delegates elect it to run the sessions', () => {
    expect(findChairs(splitSentences('Đoàn Chủ tịch Đại hội gồm các đồng chí: Hà Văn Long, Bí thư Đảng ủy xã; Nguyễn Thị Lan, Phó Bí thư Đảng ủy xã.'))).toEqual([]);
  });
});

describe('forms of the second blind batch', () => {
  it('reads names after a place and "H\'" names, and a title of several segments before a name', () => {
    expect(findNames('Bí thư Đảng ủy xã Hải Hà Lục Văn Thắng chủ trì.').map((n) => n.name)).toEqual(['Lục Văn Thắng']);
    expect(findNames('Bí thư Đảng ủy phường Long Biên Nguyễn Văn Mạnh chủ trì.').map((n) => n.name)).toEqual(['Nguyễn Văn Mạnh']);
    expect(findNames("đồng chí H'Lan Byă, Phó Bí thư").map((n) => n.name)).toEqual(["H'Lan Byă"]);
    const [c] = findChairs(splitSentences('Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn chủ trì kỳ họp.'));
    expect(c?.person).toEqual({ name: 'Nguyễn Ngọc Tuấn', title: 'Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố' });
  });
  it('splits two documents adopted "A và B", and leaves a planned range out of the dates', () => {
    const items = findAdopted(splitSentences('Kỳ họp đã biểu quyết thông qua Nghị quyết về dự toán năm 2025 và Nghị quyết về danh mục công trình năm 2026.'));
    expect(items.map((i) => i.text)).toEqual(['Nghị quyết về dự toán năm 2025', 'Nghị quyết về danh mục công trình năm 2026']);
    const [k] = findConferences(splitSentences('Kỳ họp dự kiến diễn ra trong 3 ngày, từ ngày 9 đến 11-12.'));
    expect(k?.range).toBeNull();
  });
  it('names a body the article gives by its level from the organiser ("Ban Chấp hành Đảng bộ Công an tỉnh")', () => {
    const text = 'Ngày 29/7/2025, Đảng ủy Công an tỉnh Hưng Yên tổ chức Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh lần thứ 2, nhiệm kỳ 2025 - 2030.';
    expect(toPublicReport(draftReport([{ text }])).facts.body).toBe('Ban Chấp hành Đảng bộ Công an tỉnh Hưng Yên');
  });
});
