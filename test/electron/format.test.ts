// The office's format choices ("Thể thức"): dated, read by main when a document is assembled, so a
// letter dated before the change keeps the guide's defaults and one dated after follows them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { buildDocumentSpec, renderDocument } from '../../electron/documents/service';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { getTemplate } from '../../electron/documents/templates';
import { sampleData } from '../../shared/templates';
import { requireTools } from '../helpers/tools';
import { tempDir } from '../helpers/tmp';

const opened: AppContext[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

const settings = { letterSubjectPrefix: 'V/v', numberColon: true, kindTitleSize: 16, lineHeightPt: 20, nameTones: 'old', addresseeItemEnd: ',', closingMark: false } as const;

describe('format settings', () => {
  it('apply from their date on, in the spec and in the PDF', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date('2024-03-01T08:00:00Z') });
    opened.push(ctx);
    const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
    expect((await ctx.dispatch('profile:save', profile)).ok).toBe(true);
    const saved = await ctx.dispatch('format:save', { validFrom: '2024-01-01', settings, basis: 'Hướng dẫn mới' });
    expect(saved.ok && saved.value).toMatchObject({ validFrom: '2024-01-01', settings, basis: 'Hướng dẫn mới' });
    const list = await ctx.dispatch('format:list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(1);

    const t = getTemplate('cong-van');
    const data = { ...sampleData(t), office: { parentBody: 'HUYỆN ỦY ĐỊNH HÓA', issuer: 'BAN TUYÊN GIÁO', issuerCode: 'BTGHU', place: 'Định Hóa', shortName: 'Ban Tuyên giáo Huyện ủy' } };
    const before = buildDocumentSpec({ templateId: 'cong-van', data, date: '2023-12-31', profile: null });
    const after = buildDocumentSpec({ templateId: 'cong-van', data, date: '2024-01-02', profile: null });
    expect(before.subject).toMatch(/^\[Trích yếu\]/);
    expect(after.subject).toMatch(/^V\/v \[Trích yếu\]/);
    expect(before.header.parentBody).toBe('HUYỆN ỦY ĐỊNH HÓA');
    expect(after.header.parentBody).toBe('HUYỆN UỶ ĐỊNH HOÁ');
    expect(after.addressees[0]).toMatch(/,$/);
    expect(before.addressees[0]).toMatch(/;$/);

    if (requireTools('pdftotext')) {
      const r = await renderDocument({ templateId: 'cong-van', data, date: '2024-01-02', number: 7, profile: null });
      const file = path.join(dir, 'cv.pdf');
      fs.writeFileSync(file, r.pdf);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('Số: 07-CV/BTGHU');
      expect(text).not.toContain('./.');
    }
    const sample = await ctx.dispatch('format:sample', { settings: { kindTitleSize: 16 }, templateId: 'ke-hoach' });
    expect(sample.ok && Buffer.from((sample.value as { dataBase64: string }).dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await ctx.dispatch('format:save', { validFrom: '2024-01-01', settings: { lineHeightPt: 99 } })).ok).toBe(false);
  });
});
