// The printed handling forms through the document engine, read back with pdftotext/pdfinfo:
// Sổ đăng ký văn bản đến, Sổ theo dõi giải quyết văn bản đến (column sets as data) and the
// Phiếu giải quyết văn bản đến of one document; and the due list over IPC.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';
import { requireTools } from '../helpers/tools';

const NOW = new Date('2026-03-05T08:00:00Z');

async function setup(): Promise<AppContext> {
  const dir = tempDir();
  const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'p.sqlite'), clock: () => NOW });
  const { key: _k, label: _l, ...office } = SAMPLE_PROFILES[0]!;
  expect((await ctx.dispatch('profile:save', office)).ok).toBe(true);
  const { incoming, handling, directory } = ctx.services;
  const unit = directory.saveUnit({ name: 'Đảng ủy phường Bến Thành' });
  for (let i = 1; i <= 40; i++) {
    incoming.create({
      arrivalDate: i <= 30 ? '2026-03-02' : '2026-04-01',
      issuer: 'Ban Tuyên giáo Thành ủy',
      number: `${100 + i}-CV/BTGTU`,
      docDate: '2026-02-27',
      docType: 'Công văn',
      subject: `Về việc tuyên truyền kỷ niệm ngày lễ lớn số ${i}`,
      receiver: i === 1 ? '' : 'Phòng Tuyên truyền',
      urgency: i === 2 ? 'KHẨN' : null,
    });
  }
  handling.instruct({ id: 1, instruction: 'Giao Đảng ủy phường Bến Thành chủ trì triển khai', instructionDate: '2026-03-05', instructedBy: 'Phó Trưởng ban', lead: { unitId: unit.id, name: unit.name }, cooperators: [{ unitId: null, name: 'Đoàn phường' }], deadlineDays: 2 });
  handling.advance({ id: 1 });
  handling.note({ id: 1, text: 'Đã triển khai tới 12 chi bộ' });
  return ctx;
}

const save = (dataBase64: string, name: string) => {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
  if (process.env.KEEP_PDF_DIR) fs.copyFileSync(file, path.join(process.env.KEEP_PDF_DIR, name));
  return file;
};
const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');
/** Content order: a wrapped header cell reads whole. */
const raw = (file: string) => squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
type Printed = { delivered: { status: string; fileName: string; dataBase64: string }; pages: number; rows: number };

describe.runIf(requireTools('pdftotext', 'pdfinfo'))('printed handling forms', () => {
  it('Sổ đăng ký văn bản đến for a month: landscape A4, cover page, legal columns, values, Trang n/N', async () => {
    const ctx = await setup();
    const r = await ctx.dispatch('handling:print', { form: 'so-den', from: '2026-03-01', to: '2026-03-31' });
    expect(r.ok).toBe(true);
    const rep = (r as { value: Printed }).value;
    expect(rep.rows).toBe(30);
    expect(rep.delivered).toMatchObject({ status: 'download', fileName: 'so-van-ban-den-2026-03-01-2026-03-31.pdf' });
    const file = save(rep.delivered.dataBase64, 'so-den.pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.8\d* x 595\.2\d* pts/);
    const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
    expect(cover).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(cover).toContain('Từ ngày 01/03/2026 đến ngày 31/03/2026');
    expect(cover).toContain('BAN TUYÊN GIÁO');
    const t = text(file);
    const cols = ['Ngày đến', 'Số đến', 'Tác giả', 'Số, ký hiệu', 'Ngày tháng', 'Tên loại và trích yếu nội dung', 'Đơn vị hoặc người nhận', 'Ngày chuyển', 'Ký nhận', 'Ghi chú'];
    expect(raw(file)).toContain(squash(cols.join('')));
    expect(t).toMatch(/02\/03\/2026\s+1\s+Ban Tuyên giáo/);
    expect(t).toContain('101-CV/BTGTU');
    expect(raw(file)).toContain(squash('Công văn: Về việc tuyên truyền kỷ niệm ngày lễ lớn số 30'));
    expect(raw(file)).not.toContain('số31');
    expect(raw(file)).toContain(squash('Chủ trì: Đảng ủy phường Bến Thành'));
    expect(t).toContain(`Trang ${rep.pages}/${rep.pages}`);
    // On A3 (an office's large register): the same rows, landscape A3, fewer pages.
    const a3 = ((await ctx.dispatch('handling:print', { form: 'so-den', from: '2026-03-01', to: '2026-03-31', paper: 'A3' })) as { value: Printed }).value;
    const a3File = save(a3.delivered.dataBase64, 'so-den-a3.pdf');
    expect(execFileSync('pdfinfo', [a3File], { encoding: 'utf8' })).toMatch(/Page size:\s+1190\.5\d* x 841\.8\d* pts/);
    expect(a3.rows).toBe(30);
    expect(a3.pages).toBeLessThan(rep.pages);
    expect(raw(a3File)).toContain(squash('Công văn: Về việc tuyên truyền kỷ niệm ngày lễ lớn số 30'));
    expect(await ctx.dispatch('handling:print', { form: 'so-den', year: 2026, paper: 'B5' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ctx.close();
  });

  it('Sổ theo dõi giải quyết: assignment, deadline, progress; the office column set changes the columns', async () => {
    const ctx = await setup();
    const r = (await ctx.dispatch('handling:print', { form: 'theo-doi', year: 2026 })) as { ok: true; value: Printed };
    expect(r.value.rows).toBe(40);
    const tdFile = save(r.value.delivered.dataBase64, 'theo-doi.pdf');
    const t = text(tdFile);
    expect(t).toContain('SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN');
    expect(t).toContain('Năm 2026');
    expect(raw(tdFile)).toContain(squash('Số đến Văn bản (tác giả, số ký hiệu, ngày, trích yếu) Đơn vị, người nhận (chủ trì, phối hợp) Thời hạn giải quyết Tiến độ giải quyết Số, ký hiệu văn bản trả lời Ghi chú'));
    expect(t).toContain('07/03/2026');
    expect(squash(t)).toContain(squash('Phối hợp: Đoàn phường'));
    expect(squash(t)).toContain(squash('Đã triển khai tới 12 chi bộ'));
    // The Party set adds "Độ mật, độ khẩn" to the Sổ đăng ký.
    const before = raw(save(((await ctx.dispatch('handling:print', { form: 'so-den', year: 2026 })) as { value: Printed }).value.delivered.dataBase64, 'a.pdf'));
    expect(before).not.toContain('Độmật');
    ctx.services.handling.setSettings({ ...ctx.services.handling.settings(), columnSet: 'vptw693' });
    const after = raw(save(((await ctx.dispatch('handling:print', { form: 'so-den', year: 2026 })) as { value: Printed }).value.delivered.dataBase64, 'b.pdf'));
    expect(after).toContain('Độmật,độkhẩn');
    expect(after).toContain('KHẨN');
    ctx.close();
  });

  it('Phiếu giải quyết văn bản đến for one document is pre-filled; without an id it is refused', async () => {
    const ctx = await setup();
    const r = (await ctx.dispatch('handling:print', { form: 'phieu', id: 1 })) as { ok: true; value: Printed };
    const file = save(r.value.delivered.dataBase64, 'phieu.pdf');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts/);
    // Raw order: each cell's lines together (the label column wraps).
    const t = squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
    for (const s of ['PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN', 'Số đến: 1', 'Ngày đến: 02/03/2026', 'Ý kiến của lãnh đạo cơ quan', 'Giao Đảng ủy phường Bến Thành chủ trì triển khai', 'Chủ trì: Đảng ủy phường Bến Thành', 'Thời hạn giải quyết07/03/2026', 'Ý kiến đề xuất của người giải quyết', 'Đã triển khai tới 12 chi bộ']) {
      expect(t).toContain(squash(s));
    }
    expect(await ctx.dispatch('handling:print', { form: 'phieu' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ctx.close();
  });

  it('the due list over IPC: overdue first by urgency, counts for the badge', async () => {
    const ctx = await setup();
    ctx.services.incoming.update({ id: 2, deadline: '2026-03-04' });
    const r = (await ctx.dispatch('incoming:due', {})) as { ok: true; value: { overdue: number; dueSoon: number; rows: { id: number; daysLeft: number }[] } };
    expect(r.value.rows.map((x) => [x.id, x.daysLeft])).toEqual([[2, -1], [1, 2]]);
    expect([r.value.overdue, r.value.dueSoon]).toEqual([1, 1]);
    ctx.close();
  });
});
