import { describe, expect, it } from 'vitest';
import { dominantYear, findDates, findRange } from '../../../shared/report/date-mentions';
import { splitParagraphs, splitSentenceTexts } from '../../../shared/report/sentences';
import { findAdopted, findAttendance, findFigures } from '../../../shared/report/figures';
import { splitSentences } from '../../../shared/report/sentences';
import { canonicalBody } from '../../../shared/report/body';

describe('Vietnamese sentence splitting', () => {
  it('keeps abbreviations, decimal commas, thousands dots and dates inside a sentence', () => {
    const p = 'TP. Hồ Chí Minh có ThS. Nguyễn Văn A và TS. Lê B dự. GRDP tăng 3,55%, doanh thu 80.833 tỷ đồng. Ngày 15/7 Thành ủy TP.HCM họp.';
    expect(splitSentenceTexts(p)).toEqual(['TP. Hồ Chí Minh có ThS. Nguyễn Văn A và TS. Lê B dự.', 'GRDP tăng 3,55%, doanh thu 80.833 tỷ đồng.', 'Ngày 15/7 Thành ủy TP.HCM họp.']);
  });
  it('does not end a sentence at an ellipsis followed by lower case, and ends it after a closing quote', () => {
    expect(splitSentenceTexts('Phó Thủ tướng Trần Lưu Quang... tham dự hội nghị. Ông nói: “Phải làm.” Sau đó bế mạc.')).toEqual([
      'Phó Thủ tướng Trần Lưu Quang... tham dự hội nghị.', 'Ông nói: “Phải làm.”', 'Sau đó bế mạc.',
    ]);
  });
  it('keeps list markers with their item and joins paragraphs cut by page breaks', () => {
    expect(splitSentenceTexts('1. Tiếp tục quán triệt. Tập trung hỗ trợ.')).toEqual(['1. Tiếp tục quán triệt.', 'Tập trung hỗ trợ.']);
    const paras = splitParagraphs('Năm nay, tổng mức bán lẻ hàng hóa tăng 7,1% so với cùng\n\n¹ Trong đó, khu vực dịch vụ tăng 4,96%.\n\nkỳ. Các chương trình tiếp tục.');
    expect(paras.map((p) => p.text)).toEqual(['Năm nay, tổng mức bán lẻ hàng hóa tăng 7,1% so với cùng kỳ. Các chương trình tiếp tục.', '¹ Trong đó, khu vực dịch vụ tăng 4,96%.']);
  });
});

describe('dates', () => {
  it('reads the forms articles use and marks cited documents', () => {
    const d = findDates('Ngày 15/7, … ngày 08 tháng 7 năm 2023, theo Nghị quyết số 31-NQ/TW ngày 30 tháng 12 năm 2022; chiều 15-10; 192/212 đại biểu');
    expect(d.map((x) => [x.day, x.month, x.year, x.citation])).toEqual([[15, 7, null, false], [8, 7, 2023, false], [30, 12, 2022, true], [15, 10, null, false]]);
  });
  it('reads ranges, with or without the year on the first day', () => {
    expect(findRange('từ ngày 19/01/2026 đến ngày 23/01/2026')).toMatchObject({ from: { day: 19, month: 1, year: 2026 }, to: { day: 23, month: 1, year: 2026 } });
    expect(findRange('Từ ngày 16/5 đến ngày 18/5/2024, tại')).toMatchObject({ from: { day: 16, month: 5, year: 2024 }, to: { day: 18, month: 5, year: 2024 } });
    expect(findRange('Trong hai ngày 14 và 15/6, Quận ủy')).toMatchObject({ from: { day: 14, month: 6, year: null }, to: { day: 15, month: 6, year: null } });
  });
  it('finds the year an article is about, ignoring targets and terms', () => {
    expect(dominantYear('đến năm 2025 hoàn thành; tầm nhìn đến năm 2030; nhiệm kỳ 2020-2025; kết quả đến tháng 6/2023')).toBe(2023);
    expect(dominantYear('Đến năm 2025, … trước năm 2030')).toBeNull();
  });
});

describe('attendance, figures, adopted items, bodies', () => {
  const s = splitSentences('Tổng số đại biểu tham dự Hội nghị là 192/212 đại biểu, trong đó có 56/58 đồng chí là Ủy viên Ban Chấp hành Đảng bộ thành phố. Doanh thu đạt 80.833 tỷ đồng, tăng 62,7% so với năm 2022; ngày 15/7.');
  it('separates delegates from committee members', () => {
    expect(findAttendance(s)).toMatchObject({ present: 192, total: 212, members: { present: 56, total: 58 } });
  });
  it('keeps amounts and percentages, not years or dates', () => {
    expect(findFigures(s).map((f) => f.value)).toEqual(['192/212 đại biểu', '56/58 đồng chí', '80.833 tỷ đồng', '62,7%']);
  });
  it('splits numbered lists and "đã thông qua" objects', () => {
    const items = findAdopted(splitSentences('Hội nghị đã thảo luận, cho ý kiến về: (1) Báo cáo A năm 2023; (2) Dự thảo Nghị quyết B. Hội nghị đã biểu quyết thông qua Nghị quyết Hội nghị, thống nhất về nhiều vấn đề.'));
    expect(items.map((i) => i.text)).toEqual(['Báo cáo A năm 2023', 'Dự thảo Nghị quyết B', 'Nghị quyết Hội nghị']);
  });
  it('writes the body as the Ban Chấp hành of the Đảng bộ, old and new names alike', () => {
    expect(canonicalBody('Thành ủy TP.HCM', false)).toBe('Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh');
    expect(canonicalBody('Tỉnh uỷ Nghệ An', false)).toBe('Ban Chấp hành Đảng bộ tỉnh Nghệ An');
    expect(canonicalBody('Đảng ủy xã Công Hải', false)).toBe('Ban Chấp hành Đảng bộ xã Công Hải');
    expect(canonicalBody('Quận ủy Quận 3', false)).toBe('Ban Chấp hành Đảng bộ Quận 3');
    expect(canonicalBody('Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang', false)).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang');
  });
});
