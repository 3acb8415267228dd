// The CLI as scripts use it: the built bundle, real processes, real files.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'build/cli.mjs');
const run = promisify(execFile);

/** Runs the CLI; never throws, returns the exit code and both streams. */
async function vanthu(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
    return { code: 0, out: r.stdout, err: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

describe('vanthu issue / backup / restore', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'electron/scripts/build.mjs'), '--node'], { cwd: root, stdio: 'pipe' });
  }, 60_000);

  it('issue needs a profile, prints the number, honours --set-next, and two concurrent loops never collide', async () => {
    const dir = tempDir();
    const none = await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', 'Thử'], dir);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/Chưa có hồ sơ cơ quan/);
    expect((await vanthu(['profile', '--db', 'd.sqlite', '--sample', 'btg-quan-1-2023'], dir)).code).toBe(0);
    const outside = await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', 'Thử', '--date', '2019-05-05'], dir);
    expect(outside.code).toBe(1);
    expect(outside.err).toMatch(/không có hồ sơ cơ quan có hiệu lực vào ngày 05\/05\/2019/i);
    expect((await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--set-next', '66', '--date', '2023-07-12'], dir)).code).toBe(0);
    const one = await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', 'Gửi tài liệu', '--date', '2023-07-12'], dir);
    expect(one).toMatchObject({ code: 0, out: '66-CV/BTGQU\n' });
    const js = await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', 'Mật', '--date', '2023-07-12', '--secret', '--json'], dir);
    expect(JSON.parse(js.out)).toMatchObject({ serial: 1, symbol: '01-CV/BTGQU', numberLine: 'Số 01-CV/BTGQU', secrecy: 'Mật', status: 'issued', date: '2023-07-12' });
    const bad = await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', 'x', '--date', '12/07/2023'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--date/);

    const loop = async (tag: string) => {
      const got: string[] = [];
      for (let i = 0; i < 4; i++) got.push((await vanthu(['issue', '--db', 'd.sqlite', '--type', 'KH', '--subject', `${tag} ${i}`, '--date', '2023-07-12'], dir)).out.trim());
      return got;
    };
    const [a, b] = await Promise.all([loop('A'), loop('B')]);
    const all = [...a, ...b].sort();
    expect(new Set(all).size).toBe(8);
    expect(all[0]).toBe('01-KH/BTGQU');
    expect(all[7]).toBe('08-KH/BTGQU');
  }, 120_000);

  it('backup → change → restore round trip; a bad file is refused and changes nothing', async () => {
    const dir = tempDir();
    await vanthu(['profile', '--db', 'd.sqlite', '--sample', 'btg-quan-1-2023'], dir);
    for (let i = 0; i < 3; i++) await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', `Văn bản ${i}`, '--date', '2023-07-12'], dir);
    const b = await vanthu(['backup', '--db', 'd.sqlite', '--out', 'copy.sqlite', '--json'], dir);
    expect(JSON.parse(b.out)).toMatchObject({ archive: false, file: path.join(dir, 'copy.sqlite') });
    const z = await vanthu(['backup', '--db', 'd.sqlite', '--out', 'move.zip', '--json'], dir);
    expect(JSON.parse(z.out)).toMatchObject({ archive: true });
    expect((await vanthu(['backup', '--db', 'd.sqlite', '--out', 'copy.sqlite'], dir)).err).toMatch(/đã tồn tại/);
    await vanthu(['issue', '--db', 'd.sqlite', '--type', 'CV', '--subject', 'Sau sao lưu', '--date', '2023-07-12'], dir);

    fs.writeFileSync(path.join(dir, 'junk.sqlite'), 'không phải cơ sở dữ liệu');
    const before = fs.readFileSync(path.join(dir, 'd.sqlite'));
    const refused = await vanthu(['restore', '--db', 'd.sqlite', '--from', 'junk.sqlite'], dir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Không thể khôi phục.*không bị thay đổi/s);
    expect(fs.readFileSync(path.join(dir, 'd.sqlite')).equals(before)).toBe(true);

    const r = await vanthu(['restore', '--db', 'd.sqlite', '--from', 'move.zip', '--json'], dir);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as { safetyBackup: string; movedAside: string | null };
    expect(res.movedAside).toBeNull();
    expect(fs.existsSync(path.join(dir, 'backups', res.safetyBackup))).toBe(true);
    const db = new Database(path.join(dir, 'd.sqlite'), { readonly: true });
    expect(db.prepare('SELECT symbol FROM outgoing_document ORDER BY id').all()).toEqual([{ symbol: '01-CV/BTGQU' }, { symbol: '02-CV/BTGQU' }, { symbol: '03-CV/BTGQU' }]);
    db.close();
    // Restoring onto a new machine (no database yet) from the plain copy.
    const fresh = await vanthu(['restore', '--db', 'new/d.sqlite', '--from', 'copy.sqlite', '--json'], dir);
    expect(JSON.parse(fresh.out)).toMatchObject({ safetyBackup: null, movedAside: null });
    expect((await vanthu(['issue', '--db', 'new/d.sqlite', '--type', 'CV', '--subject', 'Máy mới', '--date', '2023-07-12'], dir)).out).toBe('04-CV/BTGQU\n');
  }, 120_000);
});
