// Every built-in template in both format profiles, with sample values: the DOCX read back (sizes,
// bold/italic, alignment, borderless header tables), the PDF through pdftotext/pdffonts/qpdf/
// mutool, and LibreOffice's page count of our DOCX equal to our PDF's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocumentSpec } from '../../../shared/document/spec';
import { type FormatProfile, getFormatProfile } from '../../../shared/format';
import { renderDocx } from '../../../shared/render/docx';
import { buildSpec, sampleData } from '../../../shared/templates';
import { docxParts, paragraphWith, ROOT, runDefaults, runProps, template } from '../../helpers/documents';
import { requireTools } from '../../helpers/tools';
import { tempDir } from '../../helpers/tmp';
import { mutoolProblems, NOW, pdfText, run, writePdf } from './pdf-helpers';

const IDS = fs.readdirSync(path.join(ROOT, 'templates')).filter((n) => n.endsWith('.json')).map((n) => n.replace(/\.json$/, '')).sort();
const PROFILES = ['party-hd36-2018', 'state-nd30-2020'];

type Doc = { name: string; id: string; profile: FormatProfile; spec: DocumentSpec; docx: string; pdf: string; pages: number };

const pdfPages = (file: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]).stdout)![1]);

describe.runIf(requireTools('libreoffice', 'pdftotext', 'pdffonts', 'pdfinfo', 'mutool', 'qpdf'))('built-in templates, DOCX and PDF', () => {
  const dir = tempDir('vanthu-builtin-');
  const docs: Doc[] = [];

  beforeAll(async () => {
    for (const pid of PROFILES) {
      const profile = getFormatProfile(pid);
      for (const id of IDS) {
        const t = template(id);
        const spec = buildSpec(t, sampleData(t, { number: 12 }), profile);
        const name = `${pid}-${id}`;
        const docx = path.join(dir, `${name}.docx`);
        fs.writeFileSync(docx, await renderDocx(spec, profile, undefined, NOW));
        const { file, pages } = await writePdf(dir, name, spec, profile);
        docs.push({ name, id, profile, spec, docx, pdf: file, pages });
      }
    }
    // One LibreOffice run converts every DOCX (its own profile folder, so parallel runs do not clash).
    const lo = path.join(dir, 'lo');
    const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
    spawnSync('libreoffice', [`-env:UserInstallation=file://${userDir}`, '--headless', '--convert-to', 'pdf', '--outdir', lo, ...docs.map((d) => d.docx)], { timeout: 300_000 });
    fs.rmSync(userDir, { recursive: true, force: true });
  }, 360_000);

  it('draws the Kế hoạch and Giấy mời tables with their title row and TT numbers', () => {
    for (const id of ['ke-hoach', 'giay-moi']) {
      const d = docs.find((x) => x.id === id && x.profile.id.startsWith('party'))!;
      const text = pdfText(d.pdf).replace(/\s+/g, ' ');
      expect(text, id).toMatch(id === 'ke-hoach' ? /TT Nội dung công việc Đơn vị thực hiện Thời gian 1 Nội dung công việc 1/ : /TT Họ và tên, đơn vị Chức vụ 1 Họ và tên, đơn vị 1 Chức vụ 1/);
    }
  });

  it('covers every type the issue lists, in both profiles', () => {
    expect(new Set(docs.map((d) => d.spec.header.number.typeCode))).toEqual(new Set(['CV', 'TB', 'KH', 'BC', 'GM', 'HD', 'TTr']));
    expect(docs).toHaveLength(IDS.length * 2);
  });

  it('DOCX: title 15 pt (13 pt State) bold centred, trích yếu bold centred, body justified, headings bold, borderless header tables', () => {
    for (const d of docs) {
      const parts = docxParts(fs.readFileSync(d.docx));
      const xml = parts['word/document.xml']!;
      const defaults = runDefaults(parts['word/styles.xml']!);
      const e = d.profile.elements;
      if (d.spec.title) {
        const title = paragraphWith(xml, d.spec.title);
        expect({ n: d.name, ...runProps(title, d.spec.title, defaults) }).toMatchObject({ n: d.name, size: e.kindTitle.size, bold: true, italic: false });
        expect(title, d.name).toMatch(/<w:jc w:val="center"\/>/);
        const subj = d.spec.subject.split('\n')[0]!;
        expect(runProps(paragraphWith(xml, subj), subj, defaults), d.name).toMatchObject({ size: e.titleSubject.size, bold: true });
      }
      const firstBody = d.spec.body.find((b) => b.type === 'paragraph' && !b.align && b.runs.length === 1 && !b.runs[0]!.bold);
      if (firstBody && firstBody.type === 'paragraph') {
        const p = paragraphWith(xml, firstBody.runs[0]!.text.slice(0, 40));
        expect(p, d.name).toMatch(/<w:jc w:val="both"\/>/);
        expect(runProps(p, firstBody.runs[0]!.text.slice(0, 20), defaults).size, d.name).toBe(e.body.size);
      }
      const heading = d.spec.body.find((b) => b.type === 'heading' && b.level === 1);
      if (heading && heading.type === 'heading') expect(runProps(paragraphWith(xml, heading.runs[0]!.text), heading.runs[0]!.text, defaults).bold, d.name).toBe(true);
      // Header and signature tables are borderless (HD 36 has no ruled boxes); a content table
      // (Kế hoạch's phân công, Giấy mời's thành phần) is ruled.
      const borders = [...xml.matchAll(/<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/g)].map((m) => m[1]!);
      const ruled = borders.filter((b) => /w:val="(?!none)/.test(b));
      const contentTables = d.spec.body.filter((b) => b.type === 'table').length;
      expect(ruled.length, d.name).toBe(contentTables);
      expect(borders.length - ruled.length, d.name).toBe((d.spec.showHeader !== false ? 1 : 0) + (d.spec.signature || d.spec.distribution.length ? 1 : 0));
    }
  });

  it('PDF: text in order, number from the type series, fonts embedded with ToUnicode, qpdf and mutool clean', () => {
    for (const d of docs) {
      const text = pdfText(d.pdf).replace(/\s+/g, ' ');
      const party = d.profile.id.startsWith('party');
      const code = d.spec.header.number.typeCode;
      // A State công văn has no type in its symbol ("Số: 12/BTGQU"); a Party one keeps "CV".
      const number = party ? `Số 12-${code}/BTGQU` : code === 'CV' ? 'Số: 12/BTGQU' : `Số: 12/${code}-BTGQU`;
      if (d.spec.showHeader !== false) expect(text, d.name).toContain(number);
      else expect(text, d.name).not.toContain('Số ');
      if (d.spec.title) expect(text, d.name).toContain(d.spec.title);
      if (d.spec.signature) expect(text, d.name).toContain(party ? 'K/T TRƯỞNG BAN' : 'KT. TRƯỞNG BAN');
      for (const row of run('pdffonts', [d.pdf]).stdout.trim().split('\n').slice(2)) {
        const [emb, , uni] = row.trim().split(/\s+/).slice(-5, -2);
        expect([emb, uni], `${d.name} ${row}`).toEqual(['yes', 'yes']);
      }
      expect(mutoolProblems(d.pdf), d.name).toEqual([]);
      expect(run('qpdf', ['--check', d.pdf]).status, d.name).toBe(0);
    }
  });

  it('LibreOffice lays out each DOCX on as many pages as our PDF', () => {
    const counts = docs.map((d) => ({ name: d.name, ours: d.pages, libreoffice: pdfPages(path.join(dir, 'lo', `${d.name}.pdf`)) }));
    expect(counts.filter((c) => c.ours !== c.libreoffice)).toEqual([]);
    expect(counts.some((c) => c.ours > 1)).toBe(true);
  });
});
