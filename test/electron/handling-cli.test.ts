// `vanthu due` and `vanthu print`, run as real processes on a real database file.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { addDays, todayIn } from '../../shared/text/today';
import { tempDir } from '../helpers/tmp';
import { requireTools } from '../helpers/tools';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'build/cli.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'electron/scripts/build.mjs'), '--node'], { cwd: root, stdio: 'pipe' });
}, 60_000);

function database(): string {
  const dir = tempDir();
  const db = path.join(dir, 'due.sqlite');
  const ctx = openAppContext({ dataDir: dir, dbFile: db });
  const today = todayIn(new Date());
  const base = { arrivalDate: today, issuer: 'Thành ủy', docType: 'Công văn', subject: 'Về việc báo cáo sơ kết' };
  ctx.services.incoming.create({ ...base, number: '1-CV/TU', deadline: addDays(today, -2) });
  ctx.services.incoming.create({ ...base, number: '2-CV/TU', deadline: addDays(today, 1), urgency: 'HỎA TỐC' });
  ctx.services.incoming.create({ ...base, number: '3-CV/TU', deadline: addDays(today, 30) });
  ctx.close();
  return db;
}

describe('vanthu due / print', () => {
  it('due lists overdue and due-soon documents, urgent first, as text and JSON', () => {
    const db = database();
    const json = run(['due', '--db', db, '--json']);
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as { overdue: number; dueSoon: number; rows: { number: string; daysLeft: number }[] };
    expect(out.rows.map((r) => [r.number, r.daysLeft])).toEqual([['2-CV/TU', 1], ['1-CV/TU', -2]]);
    expect([out.overdue, out.dueSoon]).toEqual([1, 1]);
    const text = run(['due', '--db', db]);
    expect(text.stdout).toMatch(/Quá hạn: 1 — sắp đến hạn: 1/);
    expect(text.stdout).toMatch(/QUÁ HẠN 2 ngày/);
    expect(run(['due', '--db', db, '--days', 'x']).status).not.toBe(0);
  });

  it.runIf(requireTools('pdftotext'))('print writes the register and the phiếu as PDF; bad arguments are refused in Vietnamese', () => {
    const db = database();
    const out = path.join(path.dirname(db), 'so.pdf');
    const year = todayIn(new Date()).slice(0, 4);
    const r = run(['print', '--db', db, '--form', 'so-den', '--year', year, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Đã in 3 văn bản, \d+ trang/);
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN');
    expect(text).toContain('3-CV/TU');
    const phieu = path.join(path.dirname(db), 'phieu.pdf');
    expect(run(['print', '--db', db, '--form', 'phieu', '--id', '2', '--out', phieu]).status).toBe(0);
    expect(execFileSync('pdftotext', [phieu, '-'], { encoding: 'utf8' })).toContain('PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN');
    const bad = run(['print', '--db', db, '--form', 'phieu', '--out', phieu]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('Phiếu giải quyết cần --id');
    const a3 = path.join(path.dirname(db), 'so-a3.pdf');
    expect(run(['print', '--db', db, '--form', 'theo-doi', '--year', year, '--paper', 'a3', '--out', a3]).status).toBe(0);
    expect(execFileSync('pdfinfo', [a3], { encoding: 'utf8' })).toMatch(/Page size:\s+1190\.5\d* x 841\.8\d* pts/);
    const b5 = run(['print', '--db', db, '--form', 'so-den', '--year', year, '--paper', 'B5', '--out', path.join(path.dirname(db), 'x.pdf')]);
    expect(b5.status).not.toBe(0);
    expect(b5.stderr).toContain('--paper chỉ nhận A4 hoặc A3');
    expect(fs.existsSync(path.join(path.dirname(db), 'x.pdf'))).toBe(false);
  });
});
