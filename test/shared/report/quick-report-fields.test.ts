// Issue 11, defect 3: one Draft → Thông báo nhanh mapping for the compose screen and `draft-report --out`.
// The two copies had drifted: "II- KẾT QUẢ" headings and "*…*" in a source article differed by entry point.
import { describe, expect, it } from 'vitest';
import { quickReportFields, toQuickReportData } from '../../../shared/report/template-data';
import { parseInline } from '../../../shared/templates/inline';
import type { Draft } from '../../../shared/report/types';

const src = (t: string) => [{ source: 0, name: 'Báo', sentence: 1, text: t }];
const draft: Draft = {
  docType: 'THÔNG BÁO NHANH',
  subject: 'Kết quả Hội nghị lần thứ 22',
  sections: [
    { heading: null, paragraphs: [{ text: 'Ngày 15/7, hội nghị *khai mạc* tại Hội trường [^1].', origin: 'composed', sources: src('a') }] },
    { heading: 'I. KẾT QUẢ CHỦ YẾU', paragraphs: [{ text: 'Tăng trưởng đạt 8%.', origin: 'extracted', sources: src('b') }] },
    { heading: 'II- NHIỆM VỤ', paragraphs: [{ text: 'Tập trung triển khai.', origin: 'extracted', sources: src('c') }] },
    { heading: 'III – Một số lưu ý', paragraphs: [{ text: 'Lưu ý.', origin: 'extracted', sources: [] }] },
    { heading: null, paragraphs: [{ text: 'Hội nghị kêu gọi …', origin: 'template', sources: [] }] },
  ],
};

describe('Draft → Thông báo nhanh fields (the one mapping)', () => {
  it('turns every numeral style into a label, keeps plain (non-capital) titles plain, and keeps each paragraph’s source', () => {
    const { fields, sources } = quickReportFields(draft);
    expect(fields.sections.map((s) => [s.label, s.title, s.plain ?? false])).toEqual([
      ['I.', 'KẾT QUẢ CHỦ YẾU', false],
      ['II.', 'NHIỆM VỤ', false],
      ['III.', 'Một số lưu ý', true],
    ]);
    expect(fields.closing).toEqual(['Hội nghị kêu gọi …']);
    expect(sources['opening.0']![0]!.text).toBe('a');
    expect(sources['sections.1.0']![0]!.text).toBe('c');
  });

  it('keeps a source article’s asterisks and "[^" literal: no italics, no footnote', () => {
    const { fields } = quickReportFields(draft);
    const runs = parseInline(fields.opening[0]!);
    expect(runs.map((r) => r.text).join('')).toBe('Ngày 15/7, hội nghị *khai mạc* tại Hội trường [^1].');
    expect(runs.some((r) => 'italic' in r || 'footnote' in r)).toBe(false);
  });

  it('is what draft-report --out renders (same fields, plus office and date)', () => {
    const office = { parentBody: 'TỈNH ỦY X', issuer: 'BAN TUYÊN GIÁO', issuerCode: 'BTGTU', place: 'X', shortName: 'Ban Tuyên giáo Tỉnh ủy' };
    const data = toQuickReportData(draft, office, '2024-07-16');
    expect(data).toMatchObject({ ...quickReportFields(draft).fields, office, date: '2024-07-16', number: null, showHeader: true });
  });
});
