// The table block of the document model, drawn by both renderers: title rows repeated on every
// page, rows never split, landscape page, "Trang n/N" numbering; the DOCX marks the same rows.
import { describe, expect, it } from 'vitest';
import { type DocumentSpec, documentSpecSchema } from '../../../shared/document/spec';
import { renderDocx } from '../../../shared/render/docx';
import { docxParts } from '../../helpers/documents';
import { requireTools } from '../../helpers/tools';
import { tempDir } from '../../helpers/tmp';
import { NOW, pdfText, run, writePdf } from './pdf-helpers';
import { metricsForSet } from '../../../shared/render/pdf/fonts';
import { paginatePages } from '../../../shared/render/pdf/layout/paginate';
import type { Table, TableRow, TableRows } from '../../../shared/render/pdf/layout/types';
import { styled } from '../../../shared/render/pdf/compose';
import { getFormatProfile } from '../../../shared/format';
import { loadFonts } from '../../../electron/documents/fonts';

function tableSpec(rows: number): DocumentSpec {
  return {
    kind: 'khac',
    showHeader: false,
    header: { parentBody: '', issuer: 'BAN TUYÊN GIÁO', number: { serial: null, typeCode: '', issuerCode: '' }, place: '', date: null },
    title: null,
    subject: '',
    addressees: [],
    body: [
      { type: 'paragraph', runs: [{ text: 'Danh sách đại biểu' }] },
      {
        type: 'table',
        columns: [{ width: 1, align: 'center' }, { width: 5 }, { width: 2 }],
        header: [['TT', 'Họ và tên, chức vụ', 'Ghi chú'], ['(1)', '(2)', '(3)']],
        rows: Array.from({ length: rows }, (_, i) => [String(i + 1), `Đại biểu số ${i + 1}\nChức vụ: Bí thư chi bộ khu phố ${i + 1}`, i % 7 === 0 ? { text: 'vắng có lý do', italic: true } : '']),
        fontSize: 11,
      },
    ],
    footnotes: [],
    signature: null,
    distribution: [],
    marks: {},
    metadata: { title: 'Danh sách', author: 'BAN TUYÊN GIÁO' },
    page: { orientation: 'landscape', pageNumbers: { format: 'Trang {page}/{pages}', position: 'bottom-center', fromPage: 1 } },
  };
}

describe('table block', () => {
  it('is validated: every row has one cell per column', () => {
    const bad = tableSpec(2);
    (bad.body[1] as { rows: unknown[][] }).rows.push(['1', '2']);
    expect(documentSpecSchema.safeParse(bad).success).toBe(false);
    expect(documentSpecSchema.safeParse(tableSpec(2)).success).toBe(true);
  });

  it.runIf(requireTools('pdftotext', 'pdfinfo'))('PDF: landscape, title rows on every page, whole rows, Trang n/N', async () => {
    const { file, pages } = await writePdf(tempDir(), 'table', tableSpec(60));
    expect(pages).toBeGreaterThan(2);
    expect(run('pdfinfo', [file]).stdout).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts/);
    const seen: number[] = [];
    for (let p = 1; p <= pages; p++) {
      const t = pdfText(file, p, true);
      expect(t, `page ${p}`).toContain('Họ và tên, chức vụ');
      expect(t).toContain(`Trang ${p}/${pages}`);
      // A row's two lines stay on one page.
      for (const m of t.matchAll(/Đại biểu số (\d+)/g)) {
        seen.push(Number(m[1]));
        expect(t).toContain(`khu phố ${m[1]}`);
      }
    }
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it.runIf(requireTools('pdftotext', 'pdfinfo'))('a long table (more pages than are held at once) is numbered against its real total, no row lost or doubled', async () => {
    const rows = 900;
    const { file, pages } = await writePdf(tempDir(), 'long', tableSpec(rows));
    expect(pages).toBeGreaterThan(64); // the count-then-draw path
    expect(Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)?.[1])).toBe(pages);
    const all = pdfText(file);
    expect(all).toContain(`Trang 1/${pages}`);
    expect(all).toContain(`Trang ${pages}/${pages}`);
    const numbers = [...all.matchAll(/Đại biểu số (\d+)\b/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: rows }, (_, i) => i + 1));
  });

  it('lays out rows only when it reaches them: the first page needs only its own rows', () => {
    const metrics = metricsForSet(loadFonts());
    const profile = getFormatProfile();
    const styledPara = (text: string) => styled(profile, profile.elements.body, text);
    let made = 0;
    const row = (i: number): TableRow => ((made++), { cells: [[styledPara(`Hàng ${i}`)], [styledPara('x')]] });
    const rows: TableRows = { length: 100_000, at: (i) => (i < 100_000 ? row(i) : undefined) };
    const table: Table = { columns: [100, 300], x: 0, padding: 3, paddingY: 2, grid: 0.5, rows, headerRows: 0, before: 0, after: 0, keepWithNext: false, cantSplit: true };
    const pages = paginatePages([{ kind: 'table', table }], { width: 400, height: 500, footnotes: { separatorHeight: 0, separatorOffset: 0, separatorLength: 0, separatorThickness: 0 }, dropSpaceBeforeAtPageTop: true }, metrics);
    const first = pages.next().value!;
    expect(first.lines.length).toBeGreaterThan(10);
    expect(made).toBeLessThan(first.lines.length); // a page's rows (and the one that did not fit), not 100,000
    expect(pages.next().value!.lines.length).toBeGreaterThan(10);
    expect(made).toBeLessThan(first.lines.length * 2);
  });

  it('DOCX: landscape section, fixed grid with repeated title rows and rows that do not split', async () => {
    const parts = docxParts(await renderDocx(tableSpec(5), (await import('../../../shared/format')).getFormatProfile(), undefined, NOW));
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBe(2);
    expect(doc.match(/<w:cantSplit\/>/g)?.length).toBe(7);
    expect(doc).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect(doc).toContain('Đại biểu số 5');
    const footer = Object.entries(parts).find(([k, v]) => k.startsWith('word/footer') && v.includes('NUMPAGES'));
    expect(footer?.[1]).toContain('Trang ');
    // A3 (a large register): the same section on the larger sheet.
    const a3 = tableSpec(5);
    a3.page = { ...a3.page!, size: 'A3' };
    const a3doc = docxParts(await renderDocx(a3, (await import('../../../shared/format')).getFormatProfile(), undefined, NOW))['word/document.xml']!;
    expect(a3doc).toMatch(/<w:pgSz w:w="23811" w:h="16838" w:orient="landscape"/);
  });
});
