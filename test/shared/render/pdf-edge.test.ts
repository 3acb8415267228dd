// The PDF renderer on awkward input: NFD text, control characters, a 300-character word, an empty
// body, 200 addressees, a long Nơi nhận list, footnotes at a page bottom, glyph reuse across calls.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Block, type DocumentSpec } from '../../../shared/document/spec';
import { getFormatProfile, textWidthPt } from '../../../shared/format';
import { layoutDocument, renderPdf } from '../../../shared/render/pdf';
import { loadFonts } from '../../../electron/documents/fonts';
import { requireTools } from '../../helpers/tools';
import { tempDir } from '../../helpers/tmp';
import { NOW, baseLetter, mutoolProblems, pdfText, run, squash, writePdf } from './pdf-helpers';

const profile = getFormatProfile();
const para = (text: string): Block => ({ type: 'paragraph', runs: [{ text }] });

/** Deep copy of a spec with every string passed through `f`. */
function mapStrings<T>(v: T, f: (s: string) => string): T {
  if (typeof v === 'string') return f(v) as T;
  if (Array.isArray(v)) return v.map((x: unknown) => mapStrings(x, f)) as T;
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)])) as T;
  return v;
}

function expectSound(file: string): void {
  expect(mutoolProblems(file)).toEqual([]);
  const q = run('qpdf', ['--check', file]);
  expect(q.status, q.stdout + q.stderr).toBe(0);
}

describe.runIf(requireTools('pdftotext', 'mutool', 'qpdf'))('PDF renderer — edge cases', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('vanthu-pdf-edge-');
  });

  // First: it needs a process where no bare "e" was drawn yet.
  it('keeps text extractable when a glyph was first embedded as part of a composite (ề then e)', async () => {
    const fonts = loadFonts();
    // Same process, same parsed fonts: the first document has "ề" but no bare "e".
    await renderPdf(baseLetter({ body: [para('Đề nghị về việc.')] }), profile, fonts, NOW);
    const { file } = await writePdf(dir, 'games', baseLetter({ body: [para('Games xem nghe khỏe ven sông.')] }));
    expect(pdfText(file)).toContain('Games xem nghe khỏe ven sông.');
  });

  it('draws NFD input exactly like NFC input', async () => {
    const nfc = baseLetter();
    const nfd = mapStrings(nfc, (s) => s.normalize('NFD'));
    expect(JSON.stringify(nfd)).not.toBe(JSON.stringify(nfc));
    const a = await writePdf(dir, 'nfc', nfc);
    const b = await writePdf(dir, 'nfd', nfd);
    const ta = pdfText(a.file, undefined, true);
    expect(ta).toContain('Kính gửi:');
    expect(pdfText(b.file, undefined, true)).toBe(ta);
    expectSound(b.file);
  });

  it('drops control characters and keeps the text around them', async () => {
    const spec = baseLetter({ body: [para('Văn\u0000 bản\u0007 có\u001b ký\u007f tự\u200b điều\u0085 khiển\ttab.')] });
    const { file } = await writePdf(dir, 'control', spec);
    const text = pdfText(file);
    expect(text).toContain('Văn bản có ký tự điều khiển tab.');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point (\f ends each page)
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/);
    expectSound(file);
  });

  it('breaks a 300-character word by characters inside the margins', async () => {
    const word = 'Đ'.concat('ươngđầuhóa'.repeat(30)).slice(0, 300);
    const spec = baseLetter({ body: [para(`Trước ${word} sau.`)] });
    const { pages } = layoutDocument(spec, profile, loadFonts());
    const width = textWidthPt(profile);
    for (const page of pages) {
      for (const pl of page.lines) {
        const last = pl.line.fragments[pl.line.fragments.length - 1];
        if (last) expect(pl.x + last.x + last.width).toBeLessThanOrEqual(width + 0.01);
      }
    }
    const { file } = await writePdf(dir, 'longword', spec);
    const text = squash(pdfText(file));
    expect(text).toContain(squash(`Trước ${word} sau.`));
    expectSound(file);
  });

  it('renders an empty body as a one-page letter with header and signature', async () => {
    const { file, pages } = await writePdf(dir, 'empty', baseLetter({ body: [] }));
    expect(pages).toBe(1);
    const text = pdfText(file);
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 65-CV/BTGQU', 'Nơi nhận:', 'Nguyễn Trung Châu']) expect(text).toContain(s);
    expectSound(file);
  });

  it('lists 200 addressees over several pages, all in order, with page numbers', async () => {
    const addressees = Array.from({ length: 200 }, (_, i) => `Chi bộ khu phố số ${i + 1} phường Bến Nghé;`);
    const { file, pages } = await writePdf(dir, 'many', baseLetter({ addressees }));
    expect(pages).toBeGreaterThan(3);
    const text = pdfText(file);
    let at = 0;
    for (const a of addressees) {
      const i = text.indexOf(`- ${a}`, at);
      expect(i, a).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    expect(pdfText(file, pages, true).trim().split('\n')[0]!.trim()).toBe(String(pages));
    expectSound(file);
  });

  it('splits a Nơi nhận list taller than a page and keeps every line inside the page', async () => {
    const distribution = Array.from({ length: 90 }, (_, i) => `Đảng ủy phường số ${i + 1};`);
    const spec = baseLetter({ distribution });
    const { pages, settings } = layoutDocument(spec, profile, loadFonts());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) for (const pl of page.lines) expect(pl.y + pl.line.height).toBeLessThanOrEqual(settings.height + 0.01);
    const { file } = await writePdf(dir, 'longlist', spec);
    const text = pdfText(file);
    for (const d of distribution) expect(text).toContain(`- ${d}`);
    expectSound(file);
  });

  it('keeps a footnote on the page of its reference when the reference is near the page bottom', async () => {
    const filler = 'Nội dung hội nghị được thảo luận kỹ lưỡng, thống nhất cao về các giải pháp trọng tâm của thành phố. ';
    // Place the reference at a range of positions so that some fall on a page's last lines.
    for (const n of [7, 8, 9, 10]) {
      const body: Block[] = [];
      for (let i = 0; i < n; i++) body.push(para(filler.repeat(5)));
      body.push({ type: 'paragraph', runs: [{ text: 'Câu có chú thích ở cuối trang', footnote: 'a' }, { text: ' và phần còn lại.' }] });
      for (let i = 0; i < 6; i++) body.push(para(filler.repeat(5)));
      const spec: DocumentSpec = baseLetter({ body, footnotes: [{ id: 'a', runs: [{ text: 'Chú thích thử nghiệm số một, đặt ở chân trang.' }] }] });
      const { file, pages } = await writePdf(dir, `note-${n}`, spec);
      const texts = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1)));
      const ref = texts.findIndex((t) => t.includes(squash('Câu có chú thích ở cuối trang')));
      expect(ref).toBeGreaterThanOrEqual(0);
      expect(texts[ref]).toContain(squash('Chú thích thử nghiệm số một, đặt ở chân trang.'));
      expect(texts.filter((t) => t.includes(squash('Chú thích thử nghiệm'))).length).toBe(1);
    }
  });


  it('starts the block after a page break on a new page', async () => {
    const spec = baseLetter({ body: [para('Đoạn thứ nhất trước ngắt trang.'), { type: 'pageBreak' }, para('Đoạn thứ hai sau ngắt trang.')] });
    const { file, pages } = await writePdf(dir, 'pagebreak', spec);
    expect(pages).toBe(2);
    expect(pdfText(file, 1)).toContain('Đoạn thứ nhất trước ngắt trang.');
    expect(pdfText(file, 2)).toContain('Đoạn thứ hai sau ngắt trang.');
  });

  it('keeps the blanks of a draft number and date', async () => {
    const spec = baseLetter({ header: { ...baseLetter().header, number: { serial: null, typeCode: 'CV', issuerCode: 'BTGQU' }, date: null } });
    const { file } = await writePdf(dir, 'draft', spec);
    const text = pdfText(file, 1, true).replace(/\u00A0/g, ' ');
    expect(text).toMatch(/Số +-CV\/BTGQU/);
    expect(text).toMatch(/Quận 1, ngày +tháng +năm/);
    expectSound(file);
  });
});
