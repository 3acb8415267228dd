import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport, toPublicReport } from '../../../shared/report/report';
import { compareFacts, FIELDS, type Expected } from './accuracy';

const dir = path.resolve(__dirname, '../../fixtures/report');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
const factsOf = (f: string) => toPublicReport(draftReport([{ name: f, text: read(f) }])).facts;

describe('fact extraction against hand-written expectations', () => {
  const results: { file: string; field: string; ok: boolean }[] = [];
  for (const [file, exp] of Object.entries(expected)) {
    it(`${file}: the facts a careful reader gets`, () => {
      const got = factsOf(file);
      const cmp = compareFacts(got, exp);
      for (const f of FIELDS) results.push({ file, field: f, ok: cmp[f] });
      // The core facts must be exactly right on every fixture.
      expect({ body: got.body, kind: got.kind, ordinal: got.ordinal, startDate: got.startDate, endDate: got.endDate }).toEqual({
        body: exp.body, kind: exp.kind, ordinal: exp.ordinal, startDate: exp.startDate, endDate: exp.endDate,
      });
    });
  }
  it('gets at least 90% of all facts exactly right', () => {
    const misses = results.filter((r) => !r.ok).map((r) => `${r.file}:${r.field}`);
    const accuracy = results.filter((r) => r.ok).length / results.length;
    console.log(`Độ chính xác dữ kiện: ${(accuracy * 100).toFixed(1)}% (${results.length} trường)`, misses);
    expect(results.length).toBe(Object.keys(expected).length * FIELDS.length);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });
});
