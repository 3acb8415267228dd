// Every text fixture in test/fixtures/parse → its expected JSON, field by field; plus the honesty
// rule: a field that comes out wrong must carry a confidence below 0.5.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../shared/parse';
import { compareMetadata } from './evaluate';

const dir = path.resolve(__dirname, '../../fixtures/parse');
const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
const expectedOf = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;

describe('parser fixtures', () => {
  it('has at least 20 fixtures', () => expect(names.length).toBeGreaterThanOrEqual(20));

  for (const name of names) {
    it(name, () => {
      const got = extractMetadata(fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8'));
      expect(compareMetadata(got, expectedOf(name))).toEqual([]);
      for (const [k, v] of Object.entries(got)) if (typeof v === 'string') expect(v, k).toBe(v.normalize('NFC'));
    });
  }

  it('is ≥ 95 % exact over all fields, and wrong fields are flagged below 0.5', () => {
    let total = 0;
    let wrong = 0;
    const overconfident: string[] = [];
    for (const name of names) {
      const misses = compareMetadata(extractMetadata(fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8')), expectedOf(name));
      total += 18;
      wrong += misses.length;
      for (const m of misses) if (m.confidence >= 0.5) overconfident.push(`${name}.${m.field}`);
    }
    expect((total - wrong) / total).toBeGreaterThanOrEqual(0.95);
    expect(overconfident).toEqual([]);
  });
});
