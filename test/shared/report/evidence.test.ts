// Issue 15: inferred facts say why (evidence + reason), in the documented order, and never guess.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../shared/report/report';
import { isCaption, splitSentences } from '../../../shared/report/sentences';
import { resolveYear } from '../../../shared/report/year';

const lead = 'Sáng 28-12, Ban Chấp hành Đảng bộ tỉnh Quảng Ninh khóa XV tổ chức hội nghị lần thứ 9.';
const read = (f: string) => fs.readFileSync(path.resolve(__dirname, '../../fixtures/report/articles', f), 'utf8');

describe('the year of a day written without one', () => {
  it('takes a dated sentence of the same paragraph first, then the dateline, then the content, then the clerk', () => {
    const yearOf = (text: string, publishedDate?: string) => {
      const ss = splitSentences(text);
      const at = ss.find((s) => s.text.startsWith('Sáng 28-12')) ?? null;
      return resolveYear({ day: 28, month: 12, year: null }, { at, sentences: ss, publishedDate });
    };
    expect(yearOf(`Thứ Ba, 28/12/2021 10:30\n${lead} Hội nghị tiếp tục ngày 29/12/2020.`)).toMatchObject({ year: 2020, reason: expect.stringContaining('cùng đoạn') });
    const dl = yearOf(`Thứ Ba, 28/12/2021 10:30\n${lead}`);
    expect(dl).toMatchObject({ year: 2021, evidence: 'Thứ Ba, 28/12/2021 10:30' });
    expect(dl!.confidence).toBeLessThan(1);
    expect(yearOf(`2021-12-28 10:30\n${lead}`)?.year).toBe(2021);
    expect(yearOf(`(TTXVN 29/12/2021)\n${lead}`)?.evidence).toBe('(TTXVN 29/12/2021)');
    // A report published early January is about the December before.
    expect(yearOf(`Cập nhật: 02/01/2022 07:00\n${lead}`)?.year).toBe(2021);
    expect(yearOf(`${lead.replace('.', ', tổng kết công tác năm 2021, phương hướng nhiệm vụ năm 2022.')}`)).toMatchObject({ year: 2021, reason: expect.stringContaining('nội dung') });
    expect(yearOf(lead, '2023-01-03')).toMatchObject({ year: 2022, evidence: 'Ngày đăng bài: 03/01/2023' });
    expect(yearOf(lead)).toBeNull();
  });

  it('leaves the dates null with no evidence, and uses the clerk\'s publication date when given', () => {
    const text = read('a11-thanh-uy-can-tho-no-year.txt');
    expect(draftReport([{ text }]).facts.startDate).toBeNull();
    const withDate = draftReport([{ text }], { publishedDate: '2024-08-16' }).facts.startDate;
    expect(withDate).toMatchObject({ value: '2024-08-15', evidence: 'Ngày đăng bài: 16/08/2024' });
    expect(withDate!.confidence).toBeLessThan(1);
  });

  it('puts the last day of a range in the first day\'s year, and a congress in its term\'s first year (inferred)', () => {
    const hcm = draftReport([{ text: read('c03-thanh-uy-hcm-30-2024.txt') }]).facts;
    expect([hcm.startDate?.value, hcm.endDate?.value]).toEqual(['2024-05-30', '2024-05-31']);
    const congress = draftReport([{ text: read('c02-dai-hoi-phuong-lam-vien-2025.txt') }]).facts.startDate;
    expect(congress).toMatchObject({ value: '2025-07-23', confidence: 0.6, reason: expect.stringContaining('nhiệm kỳ 2025 - 2030') });
  });

  it('does not take the dateline "(TTXVN 20/7/2024)" as the conference day', () => {
    const f = draftReport([{ text: read('a12-tinh-uy-lao-cai-20-2024.txt') }]).facts;
    expect(f.startDate).toMatchObject({ value: '2024-07-19', reason: expect.stringContaining('20/07/2024') });
  });
});

describe('the body\'s full name', () => {
  it('reads the place from the text, never from a person after "Tỉnh ủy", and says where from', () => {
    const f = draftReport([{ text: read('a09-tinh-uy-ha-tinh-16-2023.txt') }]).facts;
    expect(f.body).toMatchObject({ value: 'Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh', evidence: 'Tỉnh ủy Hà Tĩnh đánh giá kết quả 6 tháng đầu năm' });
    expect(f.body!.confidence).toBeLessThan(1);
    const hp = draftReport([{ text: read('a02-thanh-uy-hai-phong-2022.txt') }]).facts.body;
    expect(hp?.value).toBe('Ban Chấp hành Đảng bộ thành phố Hải Phòng');
  });
  it('never keeps a person written after "Tỉnh ủy" as the body\'s place', () => {
    const text = 'Hà Tĩnh (TTXVN 15/7/2023)\nChiều 14/7, Tỉnh ủy Hoàng Trung Dũng tổ chức hội nghị lần thứ 16 Ban Chấp hành Đảng bộ tỉnh khóa XIX.';
    expect(draftReport([{ text }]).facts.body?.value).toBe('Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh');
  });
  it('falls back to the office\'s own place, marked inferred, and otherwise keeps the level only', () => {
    const text = read('a14-tinh-uy-office-fallback-2025.txt');
    const f = draftReport([{ text }], { officePlaces: ['tỉnh Gia Lai'] }).facts.body;
    expect(f).toMatchObject({ value: 'Ban Chấp hành Đảng bộ tỉnh Gia Lai', confidence: 0.5, evidence: 'Hồ sơ cơ quan: tỉnh Gia Lai' });
    expect(draftReport([{ text }]).facts.body?.value).toBe('Ban Chấp hành Đảng bộ tỉnh');
  });
});

describe('what is not the article', () => {
  it('knows a caption by its photo credit, or a short "Quang cảnh …" line', () => {
    expect(['Quang cảnh hội nghị. Ảnh: Thu Chung', 'Một góc thành phố Hải Phòng. (Ảnh: An Đăng/TTXVN).', 'Ảnh: Đức Thụy', 'Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.'].map(isCaption)).toEqual([true, true, true, true]);
    expect(['Quang cảnh hội nghị rất trang trọng. Hội nghị thông qua Nghị quyết.', 'Sáng 28-12, Tỉnh ủy tổ chức hội nghị lần thứ 9.'].map(isCaption)).toEqual([false, false]);
  });

  it('keeps the URL, site name, captions and bylines out of the facts and the draft', () => {
    for (const [file, junk] of [
      ['a01-tinh-uy-quang-ninh-2021.txt', ['baoquangninh.vn', 'Ảnh', 'Quang cảnh', 'Thu Chung']],
      ['a05-tinh-uy-dak-lak-mo-rong-13-2022.txt', ['Ảnh', "H'Xuân", 'Hoàng Gia']],
      ['a06-dang-uy-phuong-thu-dau-mot-2025.txt', ['sggp', 'SGGPO', 'THANH HẢI', 'Ảnh']],
      ['a12-tinh-uy-lao-cai-20-2024.txt', ['TTXVN', 'Quốc Khánh', 'Ảnh']],
      ['a04-tinh-uy-thanh-hoa-mo-rong-2022.txt', ['Minh Hiếu', 'Ảnh']],
      ['a09-tinh-uy-ha-tinh-16-2023.txt', ['baohatinh', 'Đình Nhất', 'Thu Hà']],
    ] as const) {
      const text = read(file);
      // The words of a caption ("Đồng chí … phát biểu kết luận hội nghị. Ảnh: …") are not article text either.
      const captions = text.split('\n').filter((l) => l.includes('Ảnh:')).map((l) => l.slice(0, l.indexOf('Ảnh:')).trim()).filter((c) => c.length > 20 && !text.split('\n').some((l) => !l.includes('Ảnh:') && l.includes(c)));
      const r = draftReport([{ name: file, text }]);
      const draft = [r.draft.subject, ...r.draft.sections.flatMap((s) => [s.heading ?? '', ...s.paragraphs.map((p) => p.text)])].join('\n');
      const facts = JSON.stringify({ ...r.facts, figures: [], adopted: [] }, (k, v) => (k === 'sources' || k === 'evidence' || k === 'reason' ? undefined : v));
      for (const c of captions) expect(draft, `${file}: caption`).not.toContain(c);
      for (const j of junk) {
        expect(draft, `${file}: ${j}`).not.toContain(j);
        expect(facts, `${file}: ${j}`).not.toContain(j);
      }
    }
  });
});

describe('the office\'s own places', () => {
  it('reads them from the profile header lines', async () => {
    const { officePlaces } = await import('../../../shared/report/office');
    expect(officePlaces({ parentBody: 'TỈNH ỦY GIA LAI', issuer: 'BAN TUYÊN GIÁO VÀ DÂN VẬN' })).toEqual(['tỉnh Gia Lai']);
    expect(officePlaces({ parentBody: 'QUẬN ỦY QUẬN 1', issuer: 'BAN TUYÊN GIÁO' })).toEqual(['Quận 1']);
    expect(officePlaces({ parentBody: 'ĐẢNG BỘ TỈNH QUẢNG NINH', issuer: 'ĐẢNG ỦY XÃ TIÊN YÊN' })).toEqual(['tỉnh Quảng Ninh', 'xã Tiên Yên']);
    expect(officePlaces({ parentBody: 'THÀNH ỦY HỒ CHÍ MINH', issuer: 'BAN TUYÊN GIÁO' })).toEqual(['Thành phố Hồ Chí Minh']);
  });
});
