// The migration list is the only source of order: every SQL file must be registered under the version its
// name carries, and versions must increase. (`user_version` records only the highest applied version, so a
// new migration must always be numbered above every existing one.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations/index';

const dir = path.resolve(import.meta.dirname, '../../../electron/db/migrations');

describe('migration registry', () => {
  it('lists every migration file once, under the number in its name, in increasing order', () => {
    const files = fs.readdirSync(dir).filter((f) => /^\d{4}-.+\.(sql|ts)$/.test(f) && f !== 'index.ts');
    const names = files.map((f) => f.replace(/\.(sql|ts)$/, '')).sort();
    expect(migrations.map((m) => m.name).sort()).toEqual(names);
    for (const m of migrations) expect(m.version).toBe(Number(m.name.slice(0, 4)));
    for (let i = 1; i < migrations.length; i++) expect(migrations[i]!.version).toBeGreaterThan(migrations[i - 1]!.version);
  });
});
