import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReportCommand } from '../../../electron/cli/draft-report';
import { openAppContext } from '../../../electron/context';
import { SAMPLE_PROFILES } from '../../../shared/domain/profile';
import { tempDir } from '../../helpers/tmp';

/** A database file holding the Tuyên Quang sample office (or no office at all). */
async function dbWith(office: boolean): Promise<string> {
  const file = path.join(tempDir(), 'vanthu.db');
  const ctx = openAppContext({ dataDir: path.dirname(file), dbFile: file });
  try {
    const { key: _k, label: _l, ...p } = SAMPLE_PROFILES[1]!;
    if (office) expect((await ctx.dispatch('profile:save', { ...p, validFrom: '2020-01-01' })).ok).toBe(true);
  } finally {
    ctx.close();
  }
  return file;
}

const dir = path.resolve(__dirname, '../../fixtures/report');
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  await draftReportCommand.run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: async () => '' });
  return { stdout, stderr };
}

describe('vanthu draft-report', () => {
  it('--json prints exactly the contract shape', async () => {
    const { stdout } = await run([path.join(dir, 'tbn-hcm-21-2023.txt'), '--json']);
    const j = JSON.parse(stdout);
    // issue 8's keys first and unchanged; `inferred` (issue 15) is additive.
    expect(Object.keys(j)).toEqual(['facts', 'draft', 'inferred']);
    expect(Object.keys(j.facts)).toEqual(['body', 'kind', 'ordinal', 'term', 'startDate', 'endDate', 'place', 'chairs', 'attendance', 'adopted', 'figures']);
    expect(Object.keys(j.draft)).toEqual(['title', 'sections']);
    expect(j.facts.attendance).toEqual({ present: 192, total: 212, members: { present: 56, total: 58 } });
    expect(j.facts.figures[0]).toEqual({ value: expect.any(String), text: expect.any(String) });
    expect(j.draft.sections[1].paragraphs[0]).toEqual({ text: expect.any(String), source: { name: 'tbn-hcm-21-2023.txt', sentence: expect.any(Number) } });
  });

  it('null where unknown, and a warning for sources about another conference', async () => {
    const { stdout, stderr } = await run([path.join(dir, 'news-hcmc-conference-31-2024.txt'), path.join(dir, 'news-haiphong-midterm-2023.txt'), '--json']);
    const j = JSON.parse(stdout);
    expect(j.facts.place).toBeNull();
    expect(j.facts.attendance).toEqual({ present: null, total: null, members: { present: null, total: null } });
    expect(stderr).toContain('news-haiphong-midterm-2023.txt');
  });

  it('refuses a bad --out extension and a missing file with Vietnamese messages', async () => {
    await expect(run([path.join(dir, 'tbn-hcm-21-2023.txt'), '--out', 'x.txt'])).rejects.toThrow(/\.docx hoặc \.pdf/);
    await expect(run([path.join(tempDir(), 'khong-co.txt')])).rejects.toThrow(/Không đọc được tệp/);
  });

  it('--date resolves a day written without a year, and --json says why', async () => {
    const file = path.join(dir, 'articles', 'a11-thanh-uy-can-tho-no-year.txt');
    expect(JSON.parse((await run([file, '--json'])).stdout).facts.startDate).toBeNull();
    const j = JSON.parse((await run([file, '--json', '--date', '2023-08-16'])).stdout);
    expect(j.facts.startDate).toBe('2023-08-15');
    expect(j.inferred.startDate).toMatchObject({ value: '2023-08-15', evidence: 'Ngày đăng bài: 16/08/2023', reason: expect.stringContaining('2023') });
    expect(j.inferred.startDate.confidence).toBeLessThan(1);
    await expect(run([file, '--date', '2023-02-30'])).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('--db: the office profile names a body the article gives only by its level', async () => {
    const file = path.join(dir, 'articles', 'a14-tinh-uy-office-fallback-2025.txt');
    expect(JSON.parse((await run([file, '--json'])).stdout).facts.body).toBe('Ban Chấp hành Đảng bộ tỉnh');
    const j = JSON.parse((await run([file, '--json', '--db', await dbWith(true)])).stdout);
    expect(j.facts.body).toBe('Ban Chấp hành Đảng bộ tỉnh Tuyên Quang');
    expect(j.inferred.body).toMatchObject({ confidence: 0.5, evidence: 'Hồ sơ cơ quan: tỉnh Tuyên Quang' });
  });

  it('--out needs a database with an office profile: Vietnamese errors, nothing written', async () => {
    const out = path.join(tempDir(), 'tbn.docx');
    const src = path.join(dir, 'tbn-hcm-21-2023.txt');
    await expect(run([src, '--out', out])).rejects.toThrow(/--out cần --db/);
    await expect(run([src, '--out', out, '--db', path.join(tempDir(), 'khong-co.db')])).rejects.toThrow(/Không tìm thấy cơ sở dữ liệu/);
    await expect(run([src, '--out', out, '--db', await dbWith(false)])).rejects.toThrow(/Chưa có hồ sơ cơ quan/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it.runIf(fs.existsSync('build/cli.mjs'))('runs from the built CLI: a PDF with the header of the office in --db; exit 1 without one', async () => {
    const out = path.join(tempDir(), 'tbn.pdf');
    const db = await dbWith(true);
    const r = spawnSync(process.execPath, ['build/cli.mjs', 'draft-report', path.join(dir, 'news-hcmc-midterm-2023.txt'), '--out', out, '--db', db], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('TỈNH ỦY TUYÊN QUANG');
    expect(text).not.toContain('QUẬN ỦY QUẬN 1');
    const bad = spawnSync(process.execPath, ['build/cli.mjs', 'draft-report', path.join(dir, 'news-hcmc-midterm-2023.txt'), '--out', out], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--out cần --db');
  });
});
