import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReportCommand } from '../../../electron/cli/draft-report';
import { tempDir } from '../../helpers/tmp';

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
    expect(Object.keys(j)).toEqual(['facts', 'draft']);
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

  it.runIf(fs.existsSync('build/cli.mjs'))('runs from the built CLI and writes a DOCX', () => {
    const out = path.join(tempDir(), 'tbn.docx');
    const r = spawnSync(process.execPath, ['build/cli.mjs', 'draft-report', path.join(dir, 'news-hcmc-midterm-2023.txt'), '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(2000);
  });
});
