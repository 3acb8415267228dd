// The CLI `import` and `search` commands, run as real processes on real files.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'build/cli.mjs');
const seed = path.join(root, 'test/fixtures/seeds/65-CV-BTGQU-with-thong-bao-nhanh.txt'); // copy of the project seed

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'electron/scripts/build.mjs'), '--node'], { cwd: root, stdio: 'pipe' });
}, 60_000);

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('vanthu import / search', () => {
  it('registers text files in UTF-8 and UTF-16, with or without BOM, with parsed metadata; --json is stable', () => {
    const dir = tempDir();
    const db = path.join(dir, 'cli.sqlite');
    const text = 'Đảng ủy phường Bến Nghé\nV/v tuyên truyền Thông báo nhanh số 7 — “kết quả” hội nghị.';
    const files = {
      'utf8.txt': Buffer.from(text, 'utf8'),
      'utf8-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text + ' (bom)', 'utf8')]),
      'utf16le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text + ' (le)', 'utf16le')]),
      'utf16be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text + ' (be)')]),
    };
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    const paths = Object.keys(files).map((n) => path.join(dir, n));
    const res = run(['import', ...paths, seed, '--db', db, '--json', '--arrival-date', '2026-03-05']);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout) as { imported: Record<string, unknown>[]; skipped: unknown[]; total: number };
    expect(out.total).toBe(5);
    expect(out.skipped).toEqual([]);
    expect(out.imported.map((x) => x.arrivalNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(Object.keys(out.imported[0]!).sort()).toEqual(['arrivalNumber', 'arrivalYear', 'docDate', 'file', 'format', 'id', 'issuer', 'number', 'subject', 'warnings']);
    const last = out.imported[4]!;
    expect(last).toMatchObject({ number: '65-CV/BTGQU', docDate: '2023-07-12', arrivalYear: 2026, format: 'txt' });

    const raw = new Database(db, { readonly: true });
    const texts = (raw.prepare('SELECT full_text FROM incoming ORDER BY arrival_number').all() as { full_text: string }[]).map((r) => r.full_text);
    raw.close();
    expect(texts.slice(0, 4)).toEqual([text, text + ' (bom)', text + ' (le)', text + ' (be)']);

    // The same circular again: refused, reported in Vietnamese, exit 1, nothing written.
    const again = run(['import', seed, '--db', db]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/đã được vào sổ: số đến 5\/2026/);
    const forced = run(['import', seed, '--db', db, '--allow-duplicate', '--json', '--arrival-date', '2026-03-06']);
    expect(forced.status).toBe(0);
    expect(JSON.parse(forced.stdout).imported[0].arrivalNumber).toBe(6);

    // Search: accents optional, JSON shape, marks on the original spelling.
    const found = run(['search', 'dang uy ben nghe', '--db', db, '--json', '--limit', '5']);
    expect(found.status).toBe(0);
    const s = JSON.parse(found.stdout) as { total: number; totalExact: boolean; rows: { snippet: string; arrivalNumber: number }[] };
    // The four test files and the seed letter twice (an office in Quận 1 mentions Bến Nghé).
    expect(s).toMatchObject({ total: 6, totalExact: true });
    expect(s.rows.map((r) => r.arrivalNumber)).toEqual([6, 5, 4, 3, 2]);
    expect(s.rows.some((r) => r.snippet.includes('«Đảng» «ủy» phường «Bến» «Nghé»'))).toBe(true);
    const tbn = JSON.parse(run(['search', 'THONG BAO NHANH', '--db', db, '--json', '--order', 'relevance']).stdout) as { total: number };
    expect(tbn.total).toBe(6);
    for (const q of ['"', '*', 'AND (']) {
      const r = run(['search', q, '--db', db, '--json']);
      expect(r.status, q).toBe(0);
    }
    const text1 = run(['search', 'tuyên truyền', '--db', db]);
    expect(text1.stdout).toMatch(/Tìm thấy \d+ văn bản/);
  }, 60_000);

  it('reports usage errors in Vietnamese with a non-zero exit', () => {
    expect(run(['import', 'a.txt'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/Thiếu tham số --db/) });
    const dir = tempDir();
    const db = path.join(dir, 'x.sqlite');
    expect(run(['import', '--db', db])).toMatchObject({ status: 2, stderr: expect.stringMatching(/Thiếu tệp/) });
    expect(run(['search', '--db', db])).toMatchObject({ status: 2, stderr: expect.stringMatching(/Thiếu từ khóa/) });
    expect(run(['search', 'x', '--db', db, '--limit', '0'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--limit/) });
    // A 200 MB file is refused before it is read, with a Vietnamese message, and nothing is registered.
    const big = path.join(dir, 'quet-200mb.pdf');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 200 * 1024 * 1024);
    const tooBig = run(['import', big, '--db', db, '--json']);
    expect(tooBig.status).toBe(1);
    expect(JSON.parse(tooBig.stdout)).toMatchObject({ imported: [], skipped: [{ code: 'VALIDATION', message: expect.stringMatching(/Tệp quá lớn/) }] });
    const missing = run(['import', path.join(dir, 'khong-co.txt'), '--db', db]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Không đọc được tệp/);
  }, 30_000);

  it('SIGKILL in the middle of a bulk import leaves integrity_check ok and only whole records', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'kill.sqlite');
    const N = 4000;
    const BATCH = 100;
    const body = (i: number) => `Số ${i}-CV/KT\nĐảng ủy phường số ${i} báo cáo kết quả tuyên truyền. ${'Nội dung dài. '.repeat(40)}MARKER-${i}-END`;
    const files: string[] = [];
    for (let i = 1; i <= N; i++) {
      const f = path.join(dir, `vb-${i}.txt`);
      fs.writeFileSync(f, body(i));
      files.push(f);
    }
    const child = spawn(process.execPath, [cli, 'import', ...files, '--db', db, '--batch', String(BATCH), '--json'], { cwd: root, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Wait until some batches are committed, then kill without warning.
    const deadline = Date.now() + 60_000;
    let seen = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      if (!fs.existsSync(db)) continue;
      try {
        const ro = new Database(db, { readonly: true, timeout: 100 });
        seen = (ro.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'incoming'").get() as { n: number }).n
          ? (ro.prepare('SELECT count(*) AS n FROM incoming').get() as { n: number }).n
          : 0;
        ro.close();
      } catch {
        seen = 0;
      }
      if (seen >= BATCH * 2) break;
    }
    child.kill('SIGKILL');
    await exited;
    expect(seen).toBeGreaterThanOrEqual(BATCH * 2);

    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = check.prepare('SELECT id, reg_key, arrival_number, number, full_text FROM incoming ORDER BY arrival_number').all() as {
      id: number;
      reg_key: number;
      arrival_number: number;
      number: string;
      full_text: string;
    }[];
    // Killed in the middle: some but not all, and only whole batches.
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(N);
    expect(rows.length % BATCH).toBe(0);
    // Every record is whole: its full text, its number, its index entry and its audit row.
    rows.forEach((r, k) => {
      expect(r.arrival_number).toBe(k + 1);
      const i = Number(/MARKER-(\d+)-END$/.exec(r.full_text)?.[1]);
      expect(r.full_text).toBe(body(i));
      expect(r.number).toBe(`${i}-CV/KT`);
    });
    const indexed = (check.prepare('SELECT count(*) AS n FROM incoming_fts_docsize').get() as { n: number }).n;
    const audited = (check.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'incoming' AND action = 'create'").get() as { n: number }).n;
    expect([indexed, audited]).toEqual([rows.length, rows.length]);
    check.close();
  }, 120_000);
});
