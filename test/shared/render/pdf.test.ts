// The PDF renderer on the two demo documents, read back with real tools.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Block, type Run, footnoteNumbers } from '../../../shared/document/spec';
import { renderDocx } from '../../../shared/render/docx';
import { layoutDocument } from '../../../shared/render/pdf';
import { loadFonts } from '../../../electron/documents/fonts';
import { requireTools } from '../../helpers/tools';
import { tempDir } from '../../helpers/tmp';
import { type Demo, NOW, demoDocuments, mutoolProblems, pdfText, run, squash, writePdf } from './pdf-helpers';

/** pdftotext drops a hyphen that ends a line (it takes it for hyphenation): compare without them. */
const key = (s: string): string => squash(s).replace(/-/g, '');
const runsOf = (b: Block): Run[] => (b.type === 'separator' || b.type === 'pageBreak' || b.type === 'table' ? [] : b.runs);
/** A block's text as drawn: label/marker, runs, and footnote marks after their runs. */
const blockText = (b: Block, marks = new Map<string, number>()): string => {
  const prefix = b.type === 'heading' ? b.label : b.type === 'listItem' ? b.marker : '';
  return `${prefix} ${runsOf(b).map((r) => r.text + (r.footnote ? (marks.get(r.footnote) ?? '') : '')).join('')}`;
};

/** A Python with pypdf (Debian's python3-pypdf lives in /usr/bin/python3, which pyenv may shadow). */
const pypdfPython = ['python3', '/usr/bin/python3'].find((py) => run(py, ['-c', 'import pypdf']).status === 0);

describe.runIf(requireTools('pdftotext', 'pdffonts', 'pdfinfo', 'mutool', 'qpdf', 'pdftoppm'))('PDF renderer — demo documents', () => {
  let dir: string;
  let demos: Demo[];
  const files = new Map<string, { file: string; pages: number }>();

  beforeAll(async () => {
    dir = tempDir('vanthu-pdf-');
    demos = demoDocuments();
    for (const d of demos) files.set(d.name, await writePdf(dir, d.name, d.spec, d.profile));
  });

  it('the letter has its header, Kính gửi items, body paragraphs in order and Nơi nhận items', () => {
    const letter = demos[0]!;
    const text = key(pdfText(files.get(letter.name)!.file));
    const h = letter.spec.header;
    for (const s of [h.parentBody, h.issuer, 'Số 65-CV/BTGQU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Quận 1, ngày 12 tháng 7 năm 2023', letter.spec.subject, 'Kính gửi:', 'Nơi nhận:']) {
      expect(text).toContain(key(s));
    }
    for (const a of letter.spec.addressees) expect(text).toContain(key(`- ${a}`));
    for (const a of letter.spec.distribution) expect(text).toContain(key(`- ${a}`));
    let at = 0;
    for (const b of letter.spec.body) {
      const i = text.indexOf(key(blockText(b)), at);
      expect(i, blockText(b)).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    const sig = letter.spec.signature!;
    for (const s of [sig.authority, sig.title, sig.name]) if (s) expect(text).toContain(key(s));
  });

  it('the Thông báo nhanh has every block, in order, and its footnote', () => {
    const tbn = demos[1]!;
    // Page numbers sit between the pages' text: drop them.
    let text = key(pdfText(files.get(tbn.name)!.file).split('\n').filter((l) => !/^\s*\d+\s*$/.test(l)).join('\n'));
    const marks = footnoteNumbers(tbn.spec);
    // Footnotes sit at the page bottom, inside a paragraph that runs on: take them out first (their
    // raised mark comes out as a line of its own and went with the page numbers).
    for (const f of tbn.spec.footnotes) {
      const note = key(f.runs.map((r) => r.text).join(''));
      expect(text).toContain(note);
      text = text.replace(note, '');
    }
    let at = 0;
    for (const b of tbn.spec.body) {
      if (b.type === 'separator' || b.type === 'pageBreak') continue;
      const i = text.indexOf(key(blockText(b, marks)), at);
      expect(i, blockText(b).slice(0, 80)).toBeGreaterThanOrEqual(at);
      at = i + 1;
    }
    expect(tbn.spec.footnotes.length).toBeGreaterThan(0);
  });

  it('embeds every font with a ToUnicode map, renders without glyph errors and passes qpdf --check', () => {
    for (const { file } of files.values()) {
      const rows = run('pdffonts', [file]).stdout.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const cols = row.trim().split(/\s+/);
        // name type encoding emb sub uni object gen — "CID TrueType" is two words.
        const [emb, , uni] = cols.slice(-5, -2);
        expect(emb, row).toBe('yes');
        expect(uni, row).toBe('yes');
      }
      expect(mutoolProblems(file)).toEqual([]);
      const q = run('qpdf', ['--check', file]);
      expect(q.status, q.stdout + q.stderr).toBe(0);
    }
  });

  it('is A4 with the metadata of the spec', () => {
    const letter = demos[0]!;
    const info = run('pdfinfo', [files.get(letter.name)!.file]).stdout;
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.89 pts \(A4\)/);
    expect(info).toContain(`Title:           ${letter.spec.metadata.title}`);
    expect(info).toContain(`Author:          ${letter.spec.metadata.author}`);
    expect(info).toContain('Creator:         Văn thư Tuyên giáo');
    expect(info).toMatch(/CreationDate:\s+.*2023/);
  });

  it('justified lines extract as whole lines with spaces (pdftotext raw and layout)', () => {
    const tbn = demos[1]!;
    const { pages } = layoutDocument(tbn.spec, tbn.profile, loadFonts());
    // Justified body lines of page 1: every line with widened spaces.
    const justified = pages[0]!.lines
      .filter((l) => l.line.fragments.some((f) => f.spaceExtra > 0.05 && !f.fixed))
      .map((l) => l.line.fragments.map((f) => f.text).join('').trim());
    expect(justified.length).toBeGreaterThan(10);
    const raw = pdfText(files.get(tbn.name)!.file, 1).split('\n').map((l) => l.trim());
    const layout = pdfText(files.get(tbn.name)!.file, 1, true).split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    // (pdftotext joins "-----" with the next line as if it were a hyphenated word: hence endsWith.)
    for (const line of justified) {
      expect(line.split(' ').length).toBeGreaterThan(5);
      expect(raw.some((l) => l === line || l.endsWith(`-${line}`)), line).toBe(true);
      expect(layout, line).toContain(line);
    }
  });

  it.runIf(pypdfPython !== undefined)('justified lines extract as whole lines in pypdf', () => {
    const tbn = demos[1]!;
    const { pages } = layoutDocument(tbn.spec, tbn.profile, loadFonts());
    const justified = pages[0]!.lines.filter((l) => l.line.fragments.some((f) => f.spaceExtra > 0.05)).map((l) => l.line.fragments.map((f) => f.text).join('').trim());
    const py = run(pypdfPython!, ['-c', 'import sys, pypdf; print(pypdf.PdfReader(sys.argv[1]).pages[0].extract_text())', files.get(tbn.name)!.file]);
    expect(py.status, py.stderr).toBe(0);
    const lines = py.stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
    for (const line of justified) expect(lines, line).toContain(line);
  });

  it('numbers pages from page 2, centred at the top', () => {
    const { file, pages } = files.get(demos[1]!.name)!;
    expect(pages).toBeGreaterThan(3);
    const first = (n: number) => pdfText(file, n, true).split('\n').find((l) => l.trim() !== '')!;
    expect(first(1).trim()).not.toMatch(/^\d+$/);
    for (let n = 2; n <= pages; n++) {
      const line = first(n);
      expect(line.trim()).toBe(String(n));
      // Centred over the text block: far from both edges of the layout line.
      expect(line.indexOf(String(n))).toBeGreaterThan(30);
    }
  });

  it('prints each footnote on the page of its reference', () => {
    const tbn = demos[1]!;
    const { file, pages } = files.get(tbn.name)!;
    const pageTexts = Array.from({ length: pages }, (_, i) => squash(pdfText(file, i + 1)));
    for (const f of tbn.spec.footnotes) {
      const note = squash(f.runs.map((r) => r.text).join('')).slice(0, 40);
      const refRun = tbn.spec.body.flatMap(runsOf).find((r) => r.footnote === f.id)!;
      const tail = squash(refRun.text).slice(-25);
      const refPage = pageTexts.findIndex((t) => t.includes(tail));
      const notePage = pageTexts.findIndex((t) => t.includes(note));
      expect(refPage).toBeGreaterThanOrEqual(0);
      expect(notePage).toBe(refPage);
    }
  });

  it('renders every page to PNG', () => {
    for (const [name, { file, pages }] of files) {
      const r = run('pdftoppm', ['-r', '30', '-png', file, path.join(dir, name)]);
      expect(r.status, r.stderr).toBe(0);
      const pngs = fs.readdirSync(dir).filter((f) => f.startsWith(name) && f.endsWith('.png'));
      expect(pngs.length).toBe(pages);
    }
  });

  it.runIf(requireTools('soffice'))('has as many pages as LibreOffice makes of the DOCX', { timeout: 180_000 }, async () => {
    const docx: string[] = [];
    for (const d of demos) {
      const f = path.join(dir, `${d.name}.docx`);
      fs.writeFileSync(f, await renderDocx(d.spec, d.profile, undefined, NOW));
      docx.push(f);
    }
    const out = path.join(dir, 'lo');
    const r = run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...docx]);
    expect(r.status, r.stderr).toBe(0);
    for (const d of demos) {
      const loPages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path.join(out, `${d.name}.pdf`)]).stdout)?.[1]);
      expect(files.get(d.name)!.pages, d.name).toBe(loPages);
    }
  });
});
