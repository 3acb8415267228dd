// Issue 15: real-style articles with expectations written before running the code, one set per round
// (articles: dates, chairs, place; articles-2025: HĐND sessions, armed-forces Party committees, Đoàn Chủ tịch).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport, toPublicReport, type DraftOptions } from '../../../shared/report/report';
import { compareFacts, FIELDS, type Expected } from './accuracy';

type Case = Expected & { input?: Pick<DraftOptions, 'publishedDate' | 'officePlaces'> };
const SETS = [
  { folder: 'articles', label: 'Bài mới (issue 15)', min: 12 },
  { folder: 'articles-2025', label: 'Bài mới 2025 (HĐND, quân sự, công an, Đoàn Chủ tịch)', min: 10 },
];

for (const set of SETS) {
  const dir = path.resolve(__dirname, '../../fixtures/report', set.folder);
  const cases = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: f, exp: JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.txt$/, '.json')), 'utf8')) as Case }));

  describe(`${set.folder}: facts a careful reader gets`, () => {
    const results: { file: string; field: string; ok: boolean }[] = [];
    for (const { file, exp } of cases) {
      it(file, () => {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const got = toPublicReport(draftReport([{ name: file, text }], exp.input ?? {})).facts;
        const cmp = compareFacts(got, exp);
        for (const f of FIELDS) results.push({ file, field: f, ok: cmp[f] });
      });
    }
    it('gets at least 90% of the facts exactly right', () => {
      const misses = results.filter((r) => !r.ok).map((r) => `${r.file}:${r.field}`);
      const accuracy = results.filter((r) => r.ok).length / results.length;
      console.log(`${set.label}: ${(accuracy * 100).toFixed(1)}% (${results.length} trường)`, misses);
      expect(results.length).toBe(cases.length * FIELDS.length);
      expect(cases.length).toBeGreaterThanOrEqual(set.min);
      expect(accuracy).toBeGreaterThanOrEqual(0.9);
    });
  });
}
