import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport, toPublicReport } from '../../../shared/report/report';
import { splitParagraphs } from '../../../shared/report/sentences';
import type { RichReport } from '../../../shared/report/types';

const dir = path.resolve(__dirname, '../../fixtures/report');
const src = (f: string) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') });
const SEED_ARTICLES = ['news-hcmc-midterm-2023.txt', 'news-hcmc-conference-31-2024.txt', 'news-haiphong-midterm-2023.txt', 'news-khoi-dan-chinh-dang-2021.txt'];

/** Every extracted paragraph is exactly its source sentences; composed ones use only fact values. */
function assertTraceable(r: RichReport, inputs: { name: string; text: string }[]) {
  const norm = (s: string) => s.replace(/\s+/g, ' ').normalize('NFC');
  for (const s of r.draft.sections) {
    for (const p of s.paragraphs) {
      if (p.origin === 'extracted') {
        expect(p.sources.length).toBeGreaterThan(0);
        expect(p.text).toBe(p.sources.map((x) => x.text).join(' '));
        // Paragraphs cut by page breaks are joined first (splitParagraphs), so compare with those.
        for (const x of p.sources) expect(norm(splitParagraphs(inputs[x.source]!.text).map((q) => q.text).join(' '))).toContain(norm(x.text));
      } else if (p.origin === 'composed') {
        expect(p.sources.length).toBeGreaterThan(0);
        // Numbers in a composed sentence all come from the facts.
        const factNumbers = JSON.stringify(r.facts).match(/\d+/g) ?? [];
        for (const n of p.text.match(/\d+/g) ?? []) expect(factNumbers.map(Number)).toContain(Number(n));
      } else expect(p.sources).toEqual([]);
    }
  }
}

describe('Thông báo nhanh draft', () => {
  it('from the seed Thông báo nhanh: facts in the title and opening, the source structure I–IV, its own closing', () => {
    const inputs = [src('tbn-hcm-21-2023.txt')];
    const r = draftReport(inputs);
    const pub = toPublicReport(r);
    expect(pub.draft.title).toBe('THÔNG BÁO NHANH\nKết quả Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh khóa XI');
    const opening = pub.draft.sections[0]!.paragraphs[0]!.text;
    expect(opening).toBe(
      'Ngày 08 tháng 7 năm 2023, tại Hội trường thành phố, Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh tổ chức Hội nghị lần thứ 21 khóa XI. ' +
        'Tham dự Hội nghị có 192/212 đại biểu, trong đó có 56/58 đồng chí Ủy viên Ban Chấp hành. ' +
        'Đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy chủ trì Hội nghị.',
    );
    expect(pub.draft.sections.map((s) => s.heading?.slice(0, 4) ?? null)).toEqual([null, 'I. V', 'II. ', 'III.', 'IV. ', null]);
    expect(pub.draft.sections.at(-1)!.paragraphs[0]!.text).toContain('Ban Chấp hành Đảng bộ thành phố kêu gọi toàn hệ thống chính trị');
    assertTraceable(r, inputs);
  });

  it('from a news article: ranked sentences in results / shortcomings / tasks, each linked to its sentence', () => {
    const inputs = [src('news-haiphong-midterm-2023.txt')];
    const r = draftReport(inputs);
    const headings = r.draft.sections.map((s) => s.heading).filter(Boolean);
    expect(headings[0]).toBe('I. KẾT QUẢ CHỦ YẾU');
    expect(headings).toContain('II. HẠN CHẾ, KHÓ KHĂN');
    const texts = r.draft.sections.flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(texts.some((t) => t.includes('5/20 chỉ tiêu'))).toBe(true);
    expect(texts.some((t) => /Ảnh:|Xem thêm/.test(t))).toBe(false);
    // No "chủ trì" in the article: the opening must not claim one.
    expect(texts[0]).not.toContain('chủ trì');
    expect(r.draft.sections.at(-1)!.paragraphs[0]!.origin).toBe('template');
    assertTraceable(r, inputs);
  });

  it('from the four seed articles: the conference most sources agree on, others set aside and reported', () => {
    const inputs = SEED_ARTICLES.map(src);
    const r = draftReport(inputs);
    expect(r.facts.otherSources.length).toBeGreaterThan(0);
    const used = new Set(r.draft.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sources.map((x) => x.name))));
    for (const o of r.facts.otherSources) expect(used.has(o.name)).toBe(false);
    assertTraceable(r, inputs);
  });

  it('merges two sources on the same conference: a missing year comes from the other source, duplicates dropped', () => {
    const a = { name: 'a.txt', text: 'Ngày 15/7, Thành ủy TP.HCM tổ chức hội nghị lần thứ 22. Hội nghị đánh giá kinh tế thành phố tăng trưởng 3,55% trong 6 tháng đầu năm.' };
    const b = { name: 'b.txt', text: 'Sáng 15/7/2023, Hội nghị lần thứ 22 Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh khai mạc tại Hội trường Thành ủy. Hội nghị đánh giá kinh tế thành phố tăng trưởng 3,55% trong 6 tháng đầu năm nay.' };
    const r = draftReport([a, b]);
    expect(r.facts.startDate?.value).toBe('2023-07-15');
    expect(r.facts.startDate?.reason).toContain('b.txt');
    expect(r.facts.place?.value).toBe('Hội trường Thành ủy');
    const growth = r.draft.sections.flatMap((s) => s.paragraphs).filter((p) => p.text.includes('3,55%'));
    expect(growth).toHaveLength(1);
    expect(toPublicReport(r).facts.figures.filter((f) => f.value === '3,55%').length).toBe(1);
  });

  it('is deterministic', () => {
    const inputs = SEED_ARTICLES.map(src);
    expect(JSON.stringify(draftReport(inputs))).toBe(JSON.stringify(draftReport(inputs)));
  });
});
