import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/open';
import { latestVersion, migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import { tempDir } from '../../helpers/tmp';

describe('openDatabase', () => {
  it('creates a new file with WAL, foreign keys, 8 KiB pages and every migration', () => {
    const file = path.join(tempDir(), 'a.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('page_size', { simple: true })).toBe(8192);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    const strict = db.prepare("SELECT name FROM sqlite_schema WHERE type='table' AND sql NOT LIKE '%STRICT%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").all();
    expect(strict).toEqual([]);
    db.close();
  });

  it('migrates from every earlier version to the latest', () => {
    for (const m of migrations) {
      const file = path.join(tempDir(), 'b.sqlite');
      const raw = new Database(file);
      migrate(raw, migrations, m.version);
      expect(raw.pragma('user_version', { simple: true })).toBe(m.version);
      raw.close();
      const db = openDatabase(file);
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
      db.close();
    }
  });

  it('refuses a database from a newer app version without touching it', () => {
    const file = path.join(tempDir(), 'c.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 1000}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/phiên bản mới hơn/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a corrupt file in Vietnamese and never overwrites it', () => {
    const file = path.join(tempDir(), 'd.sqlite');
    const garbage = Buffer.alloc(64 * 1024, 0x5a);
    fs.writeFileSync(file, garbage);
    expect(() => openDatabase(file)).toThrow(/bị hỏng/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });
});
