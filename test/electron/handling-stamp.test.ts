// The optional ĐẾN stamp: a copy of a registered PDF with the arrival block (tên cơ quan, Số, Ngày,
// Chuyển, Lưu hồ sơ số; 50 × 35 mm) in the top margin of page 1; the stored original is unchanged.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';
import { requireTools } from '../helpers/tools';

async function circularPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (let i = 0; i < 2; i++) doc.addPage([595.28, 841.89]).drawText(`CONG VAN TRANG ${i + 1}`, { x: 200, y: 600, size: 14, font });
  return doc.save();
}

describe.runIf(requireTools('pdftotext', 'pdfinfo'))('ĐẾN stamp', () => {
  it('draws the block on page 1 of a copy and keeps the original', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 's.sqlite'), clock: () => new Date('2026-03-05T08:00:00Z') });
    const { key: _k, label: _l, ...office } = SAMPLE_PROFILES[0]!;
    expect((await ctx.dispatch('profile:save', { ...office, validFrom: '2020-01-01' })).ok).toBe(true);
    const pdf = await circularPdf();
    const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
    const rec = ctx.services.incoming.create({
      arrivalDate: '2026-03-05',
      issuer: 'Thành ủy',
      number: '12-CV/TU',
      subject: 'Công văn',
      attachments: [{ fileName: 'cv-12.pdf', mime: 'application/pdf', dataBase64: Buffer.from(pdf).toString('base64') }],
    });
    ctx.services.handling.instruct({ id: rec.id, instruction: 'Giao Phòng Tuyên truyền', instructionDate: '2026-03-05', lead: { unitId: null, name: 'Phòng Tuyên truyền' } });
    const r = await ctx.dispatch('handling:stamp', { id: rec.id });
    expect(r.ok).toBe(true);
    const out = (r as { value: { delivered: { fileName: string; dataBase64: string } } }).value.delivered;
    expect(out.fileName).toBe('cv-12-dau-den.pdf');
    const file = path.join(dir, out.fileName);
    fs.writeFileSync(file, Buffer.from(out.dataBase64, 'base64'));
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2/);
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-'], { encoding: 'utf8' });
    for (const s of ['BAN TUYÊN GIÁO', 'ĐẾN', 'Số: 1', 'Ngày: 05/03/2026', 'Chuyển: Phòng Tuyên truyền', 'Lưu hồ sơ số:', 'CONG VAN TRANG 1']) expect(page1).toContain(s);
    expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' })).not.toContain('ĐẾN');
    // The block sits in the top 4–39 mm of the page, 20–70 mm from the left (pdftotext -bbox).
    const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' });
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>ĐẾN<\/word>/.exec(bbox)!;
    const mm = (pt: string) => (Number(pt) * 25.4) / 72;
    expect(mm(m[1]!)).toBeGreaterThan(20);
    expect(mm(m[1]!)).toBeLessThan(70);
    expect(mm(m[2]!)).toBeLessThan(39);
    // The stored original is untouched.
    const stored = ctx.services.incoming.attachment(ctx.services.incoming.get(rec.id).attachments[0]!.id);
    expect(sha(Buffer.from(stored.dataBase64, 'base64'))).toBe(sha(pdf));
    if (process.env.KEEP_PDF_DIR) fs.copyFileSync(file, path.join(process.env.KEEP_PDF_DIR, 'stamp.pdf'));
    const none = ctx.services.incoming.create({ arrivalDate: '2026-03-05', issuer: 'Thành ủy', number: '13-CV/TU', subject: 'x' });
    expect(await ctx.dispatch('handling:stamp', { id: none.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ctx.close();
  });
});
