// Documents service through the dispatcher, and the render/demo CLI commands writing real files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoCommand } from '../../electron/cli/demo';
import { renderCommand } from '../../electron/cli/render';
import { openAppContext } from '../../electron/context';
import { loadFonts, templatesDirCandidates } from '../../electron/documents/fonts';
import { renderDocument } from '../../electron/documents/service';
import type { ComposeDraft } from '../../shared/domain/compose';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { bundlePdfs } from '../../shared/render/bundle';
import { demoData, docxParts, xmlText } from '../helpers/documents';
import { requireTools } from '../helpers/tools';
import { tempDir } from '../helpers/tmp';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), readStdin: async () => '' } };
};

const sampleProfile = () => {
  const { key: _k, label: _l, ...input } = SAMPLE_PROFILES[0]!;
  return input;
};

describe('documents service', () => {
  it('loads the four Liberation Serif faces from templates/fonts', () => {
    const f = loadFonts();
    for (const face of [f.regular, f.bold, f.italic, f.boldItalic]) expect(new TextDecoder('latin1').decode(face.subarray(0, 4))).toBe('\u0000\u0001\u0000\u0000');
    expect(templatesDirCandidates().length).toBeGreaterThan(2);
  });

  it('lists templates; prefill builds a draft from the office profile; preview renders it', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date('2023-07-12T08:00:00Z') });
    try {
      const list = await ctx.dispatch('documents:templates', {});
      expect(list.ok && (list.value as { id: string }[]).map((t) => t.id).sort()).toEqual(['bao-cao', 'cong-van', 'de-cuong-tuyen-truyen', 'forwarding-letter', 'giay-moi', 'huong-dan', 'ke-hoach', 'quick-report', 'quick-report-attachment', 'thong-bao', 'to-trinh']);
      // No office profile yet: nothing to assemble a document from.
      const none = await ctx.dispatch('documents:prefill', { templateId: 'forwarding-letter' });
      expect(none.ok).toBe(true);
      const early = await ctx.dispatch('documents:preview', { draft: (none.ok ? (none.value as { draft: ComposeDraft }) : null)!.draft, format: 'pdf' });
      expect(!early.ok && early.error.message).toContain('Chưa có hồ sơ cơ quan');

      expect((await ctx.dispatch('profile:save', sampleProfile())).ok).toBe(true);
      const pre = await ctx.dispatch('documents:prefill', { templateId: 'forwarding-letter' });
      const draft = { ...(pre.ok ? (pre.value as { draft: ComposeDraft }) : null)!.draft };
      draft.fields = { ...draft.fields, incoming: [{ kind: 'Công văn', symbol: '3080-CV/BTGTU', date: '2023-07-10', issuer: 'Ban Tuyên giáo Thành ủy', subject: 'gửi tài liệu học tập' }], subject: 'gửi tài liệu học tập', sending: 'Gửi tài liệu.' };
      const docx = await ctx.dispatch('documents:preview', { draft, format: 'docx' });
      expect(docx.ok).toBe(true);
      const text = xmlText(docxParts(new Uint8Array(Buffer.from((docx.ok ? (docx.value as { dataBase64: string }) : { dataBase64: '' }).dataBase64, 'base64')))['word/document.xml']!);
      expect(text).toContain('QUẬN ỦY QUẬN 1');
      expect(text).toMatch(/Số \u00A0+-CV\/BTGQU/);
      expect(text).toContain('Nguyễn Trung Châu');
      const pdf = await ctx.dispatch('documents:preview', { draft, format: 'pdf' });
      const p = pdf.ok ? (pdf.value as { dataBase64: string; pages: number }) : null;
      expect(Buffer.from(p!.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
      expect(p!.pages).toBe(1);
    } finally {
      ctx.close();
    }
  });

  it('answers bad input with VALIDATION naming the missing fields', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date('2023-07-12T08:00:00Z') });
    try {
      expect((await ctx.dispatch('profile:save', sampleProfile())).ok).toBe(true);
      const pre = await ctx.dispatch('documents:prefill', { templateId: 'forwarding-letter' });
      const draft = (pre.ok ? (pre.value as { draft: ComposeDraft }) : null)!.draft;
      const r = await ctx.dispatch('documents:preview', { draft: { ...draft, fields: {} }, format: 'pdf' });
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.message).toContain('Trích yếu');
      const unknown = await ctx.dispatch('documents:prefill', { templateId: 'nope' });
      expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
      const extra = await ctx.dispatch('documents:preview', { draft, format: 'pdf', evil: 1 });
      expect(!extra.ok && extra.error.code).toBe('VALIDATION');
    } finally {
      ctx.close();
    }
  });

  it('renderDocument gives DOCX, PDF and the spec with the register number and date', async () => {
    const r = await renderDocument({ templateId: 'forwarding-letter', data: demoData('letter'), number: 7, date: '2024-02-03', now: new Date('2024-02-03T00:00:00Z') });
    expect(r.spec.header.number.serial).toBe(7);
    expect(xmlText(docxParts(r.docx)['word/document.xml']!)).toContain('Số 07-CV/BTGQU');
    expect(xmlText(docxParts(r.docx)['word/document.xml']!)).toContain('Quận 1, ngày 03 tháng 02 năm 2024');
    expect(r.pages).toBe(1);
  });
});

describe('distribution bundle', () => {
  it('refuses an attachment that is not a PDF, naming it', async () => {
    const r = await renderDocument({ templateId: 'forwarding-letter', data: demoData('letter') });
    await expect(bundlePdfs({ name: 'cv.pdf', bytes: r.pdf }, [{ name: 'hỏng.pdf', bytes: new TextEncoder().encode('không phải PDF') }], new Date())).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('hỏng.pdf') });
    const ok = await bundlePdfs({ name: 'cv.pdf', bytes: r.pdf }, [{ name: 'a.pdf', bytes: r.pdf }], new Date());
    expect(ok.pages).toBe(2 * r.pages);
  });
});

describe('CLI render and demo', () => {
  it('renders DOCX and PDF from a data file and refuses bad arguments', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'letter.json');
    fs.writeFileSync(data, JSON.stringify(demoData('letter')));
    for (const out of ['a.docx', 'a.pdf']) {
      const c = io();
      await renderCommand.run(['--template', 'forwarding-letter', '--data', data, '--out', path.join(dir, out)], c.io);
      expect(c.out.join('')).toContain('Đã ghi');
    }
    expect(fs.readFileSync(path.join(dir, 'a.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    await expect(renderCommand.run(['--template', 'forwarding-letter', '--data', data, '--out', path.join(dir, 'a.txt')], io().io)).rejects.toThrow(/\.docx hoặc \.pdf/);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"subject": 1');
    await expect(renderCommand.run(['--template', 'forwarding-letter', '--data', path.join(dir, 'bad.json'), '--out', path.join(dir, 'b.pdf')], io().io)).rejects.toThrow(/JSON/);
    expect(fs.existsSync(path.join(dir, 'b.pdf'))).toBe(false);
  });

  it.runIf(requireTools('pdftotext', 'pdfinfo', 'qpdf'))('demo writes the five files; the bundle is the letter followed by the Thông báo nhanh', async () => {
    const dir = tempDir();
    await demoCommand.run(['--out', dir], io().io);
    expect(fs.readdirSync(dir).sort()).toEqual(['65-CV-BTGQU-kem-tai-lieu.pdf', '65-CV-BTGQU.docx', '65-CV-BTGQU.pdf', 'thong-bao-nhanh-hoi-nghi-21.docx', 'thong-bao-nhanh-hoi-nghi-21.pdf']);
    const pages = (f: string) => Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path.join(dir, f)], { encoding: 'utf8' }).stdout)![1]);
    expect(pages('65-CV-BTGQU-kem-tai-lieu.pdf')).toBe(pages('65-CV-BTGQU.pdf') + pages('thong-bao-nhanh-hoi-nghi-21.pdf'));
    expect(spawnSync('qpdf', ['--check', path.join(dir, '65-CV-BTGQU-kem-tai-lieu.pdf')]).status).toBe(0);
    const text = spawnSync('pdftotext', [path.join(dir, '65-CV-BTGQU-kem-tai-lieu.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text.indexOf('Số 65-CV/BTGQU')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('THÔNG BÁO NHANH')).toBeGreaterThan(text.indexOf('Nguyễn Trung Châu Tuyên'));
    const info = spawnSync('pdfinfo', [path.join(dir, '65-CV-BTGQU-kem-tai-lieu.pdf')], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Author:\s+BAN TUYÊN GIÁO/);
  }, 60_000);
});
