import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion } from '../../electron/db/migrate';
import { openDatabase } from '../../electron/db/open';
import { findLatestBackup, listBackups } from '../../electron/backup/files';
import { restoreLatestBackup, restoreDatabaseFile } from '../../electron/backup/offline';
import type { BackupInfo, BackupSettings, RestoreResult } from '../../shared/ipc/backup';
import { tempDir } from '../helpers/tmp';
import { openClocked, populate, tableHashes } from './backup-helpers';

const ok = <T>(r: { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const without = <T extends Record<string, unknown>>(o: T, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

describe('backup and restore', () => {
  it('backup → more changes → restore gives back exactly the backed-up content; the pre-restore state is kept', async () => {
    const ctx = openClocked();
    await populate(ctx, 24);
    const before = tableHashes(ctx.services.db);
    expect(before.outgoing_file!.rows).toBe(48);
    const b = ok<BackupInfo>(await ctx.dispatch('backup:create', {}));
    expect(b.kind).toBe('manual');
    // The backup is a self-contained file with the same content.
    const copy = new Database(path.join(b.folder, b.fileName), { readonly: true });
    expect(tableHashes(copy)).toEqual(before);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();

    ctx.setNow('2023-07-13T09:00:00Z');
    await populate(ctx, 3, false); // a second profile version and more documents
    ok(await ctx.dispatch('outgoing:void', { id: 2, reason: 'Sai trích yếu' }));
    const changed = tableHashes(ctx.services.db);
    expect(changed).not.toEqual(before);

    const r = ok<RestoreResult>(await ctx.dispatch('backup:restore', { fileName: b.fileName }));
    expect(r.userVersion).toBe(latestVersion());
    const after = tableHashes(ctx.services.db);
    // Everything equal, except the audit log which gained the "restore" row, and this machine's backup settings.
    expect(without(after, 'audit_log', 'backup_settings')).toEqual(without(before, 'audit_log', 'backup_settings'));
    expect(after.audit_log!.rows).toBe(before.audit_log!.rows + 1);
    // The app keeps working on the restored data through the same services.
    const list = ok<{ total: number }>(await ctx.dispatch('outgoing:list', {}));
    expect(list.total).toBe(24);
    const peek = ok<{ symbol: string }>(await ctx.dispatch('outgoing:peekNumber', { typeCode: 'CV' }));
    expect(peek.symbol).toBe('76-CV/BTGQU'); // 65…75: eleven CVs (the secret one is in its own series)
    // The state just before the restore is itself a backup.
    const safety = new Database(path.join(b.folder, r.safetyBackup!), { readonly: true });
    expect(without(tableHashes(safety), 'audit_log', 'backup_settings')).toEqual(without(changed, 'audit_log', 'backup_settings'));
    safety.close();
    ctx.close();
  });

  it('refuses a corrupt, foreign, newer or tampered file and changes nothing', async () => {
    const ctx = openClocked();
    await populate(ctx, 5);
    const dir = tempDir();
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(40_000, 0x41));
    const foreign = path.join(dir, 'foreign.sqlite');
    const f = new Database(foreign);
    f.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    f.close();
    const lying = path.join(dir, 'lying.sqlite');
    const l = new Database(lying);
    l.exec('CREATE TABLE t (x)');
    l.pragma(`user_version = ${latestVersion()}`);
    l.close();
    const newer = path.join(dir, 'newer.sqlite');
    ok(await ctx.dispatch('backup:create', {}));
    fs.copyFileSync(path.join(ctx.services.backup.list().folder, ctx.services.backup.list().backups[0]!.fileName), newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${latestVersion() + 1000}`);
    n.close();
    const corrupt = path.join(dir, 'corrupt.sqlite');
    const good = fs.readFileSync(newer);
    const bad = Buffer.from(good);
    bad.fill(0x99, 8192 * 2, 8192 * 4); // wipe pages in the middle, keep the header
    fs.writeFileSync(corrupt, bad);
    const archive = ok<BackupInfo>(await ctx.dispatch('backup:create', { archive: true }));
    const tampered = path.join(dir, 'tampered.zip');
    const zip = fs.readFileSync(path.join(archive.folder, archive.fileName));
    zip[zip.length - 200] = zip[zip.length - 200]! ^ 0xff;
    fs.writeFileSync(tampered, zip);

    const before = tableHashes(ctx.services.db);
    const backupsBefore = ctx.services.backup.list().backups.length;
    const cases: [string, RegExp][] = [
      [garbage, /không phải tệp cơ sở dữ liệu|không mở được|hỏng/],
      [foreign, /không phải tệp dữ liệu của Văn thư/],
      [lying, /thiếu bảng dữ liệu/],
      [newer, /phiên bản mới hơn/],
      [corrupt, /hỏng|không phải tệp/],
      [tampered, /tệp nén bị hỏng|sha256|không phải tệp lưu trữ/],
      [path.join(dir, 'missing.sqlite'), /không tìm thấy/],
    ];
    for (const [file, message] of cases) {
      await expect(ctx.services.backup.restoreFile(file), path.basename(file)).rejects.toThrow(message);
    }
    expect(tableHashes(ctx.services.db)).toEqual(before);
    expect(ctx.services.backup.list().backups.length).toBe(backupsBefore); // no safety copy made for a refused file
    expect(fs.readdirSync(ctx.dir).filter((x) => x.startsWith('.vanthu-restore'))).toEqual([]); // staging cleaned up
    for (const fileName of ['../vanthu.sqlite', 'x.sqlite', 'vanthu-20230101-000000-000-manual.sqlite']) {
      const r = await ctx.dispatch('backup:restore', { fileName });
      expect(r.ok).toBe(false);
    }
    ctx.close();
  });

  it('the portable archive (.zip + manifest) restores everything on a new machine', async () => {
    const ctx = openClocked();
    await populate(ctx, 10);
    const before = tableHashes(ctx.services.db);
    const a = ok<BackupInfo>(await ctx.dispatch('backup:create', { archive: true }));
    expect(a.fileName).toMatch(/-archive\.zip$/);
    ctx.close();
    // "New machine": an empty data folder, restore through the offline path (as the CLI does).
    const target = path.join(tempDir(), 'vanthu.sqlite');
    const r = await restoreDatabaseFile(target, path.join(a.folder, a.fileName));
    expect(r.movedAside).toBeNull();
    const db = openDatabase(target);
    expect(without(tableHashes(db), 'audit_log', 'backup_settings')).toEqual(without(before, 'audit_log', 'backup_settings'));
    db.close();
  });

  it('restores an older backup and migrates it up', async () => {
    const ctx = openClocked();
    const old = path.join(tempDir(), 'old.sqlite');
    const raw = new Database(old);
    const { migrate } = await import('../../electron/db/migrate');
    const { migrations } = await import('../../electron/db/migrations/index');
    migrate(raw, migrations, 10);
    raw.exec(`INSERT INTO office_profile (issuer, issuer_code, place, valid_from, created_at, updated_at) VALUES ('BAN TUYÊN GIÁO', 'BTGQU', 'Quận 1', '2020-01-01', 'x', 'x')`);
    raw.close();
    const r = await ctx.services.backup.restoreFile(old);
    expect(r.userVersion).toBe(latestVersion());
    expect(ctx.services.profile.get()?.issuerCode).toBe('BTGQU');
    expect(ctx.services.db.prepare('SELECT count(*) n FROM outgoing_document').get()).toEqual({ n: 0 });
    ctx.close();
  });

  it('restores a backup whose page size differs from the live database', async () => {
    const ctx = openClocked();
    await populate(ctx, 4);
    const before = tableHashes(ctx.services.db);
    const b = ok<BackupInfo>(await ctx.dispatch('backup:create', {}));
    const small = path.join(tempDir(), 'small-pages.sqlite');
    fs.copyFileSync(path.join(b.folder, b.fileName), small);
    const raw = new Database(small);
    raw.pragma('page_size = 4096');
    raw.exec('VACUUM');
    expect(raw.pragma('page_size', { simple: true })).toBe(4096);
    raw.close();
    ctx.services.outgoing.void(2, 'Đổi dữ liệu trước khi khôi phục');
    await ctx.services.backup.restoreFile(small);
    expect(ctx.services.db.pragma('page_size', { simple: true })).toBe(8192);
    expect(without(tableHashes(ctx.services.db), 'audit_log', 'backup_settings')).toEqual(without(before, 'audit_log', 'backup_settings'));
    ctx.close();
  });

  it('daily automatic backup: once a day, rotation keeps N, manual copies are kept; a missing folder never throws', async () => {
    const ctx = openClocked('2023-07-01T08:00:00Z');
    await populate(ctx, 2);
    ok<BackupSettings>(await ctx.dispatch('backup:saveSettings', { folder: '', keep: 3, autoDaily: true }));
    ok(await ctx.dispatch('backup:create', {}));
    expect((await ctx.services.backup.maybeAutoBackup()).status).toBe('created');
    expect((await ctx.services.backup.maybeAutoBackup()).status).toBe('skipped');
    for (let day = 2; day <= 6; day++) {
      ctx.setNow(`2023-07-0${day}T08:00:00Z`);
      expect((await ctx.services.backup.maybeAutoBackup()).status).toBe('created');
    }
    const list = ctx.services.backup.list().backups;
    expect(list.filter((b) => b.kind === 'auto').map((b) => b.createdAt.slice(0, 10))).toEqual(['2023-07-06', '2023-07-05', '2023-07-04']);
    expect(list.filter((b) => b.kind === 'manual')).toHaveLength(1);
    expect(ctx.services.backup.getSettings().lastAutoAt?.slice(0, 10)).toBe('2023-07-06');

    // A USB folder: backups go there and findLatestBackup finds them even without the database.
    const usb = tempDir('usb-');
    ok(await ctx.dispatch('backup:saveSettings', { folder: usb, keep: 3, autoDaily: true }));
    ctx.setNow('2023-07-07T08:00:00Z');
    const made = await ctx.services.backup.maybeAutoBackup();
    expect(made.status === 'created' && made.backup.folder).toBe(usb);
    expect(findLatestBackup(ctx.dir)?.file).toBe(path.join(usb, listBackups(usb)[0]!.fileName));
    // USB unplugged: reported, not thrown.
    fs.rmSync(usb, { recursive: true });
    fs.writeFileSync(usb, 'not a folder');
    ctx.setNow('2023-07-08T08:00:00Z');
    const failed = await ctx.services.backup.maybeAutoBackup();
    expect(failed.status).toBe('failed');
    const bad = await ctx.dispatch('backup:saveSettings', { folder: 'relative/path', keep: 3, autoDaily: true });
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
    ok(await ctx.dispatch('backup:saveSettings', { folder: '', keep: 3, autoDaily: false }));
    expect((await ctx.services.backup.maybeAutoBackup()).status).toBe('disabled');
    ctx.close();
  });

  it('a corrupt database is reported in Vietnamese, moved aside untouched, and the latest backup restored', async () => {
    const ctx = openClocked();
    await populate(ctx, 6);
    const before = tableHashes(ctx.services.db);
    ok(await ctx.dispatch('backup:create', {}));
    ctx.services.db.pragma('wal_checkpoint(TRUNCATE)');
    ctx.close();
    const bytes = fs.readFileSync(ctx.dbFile);
    bytes.fill(0x77, 8192 * 2, bytes.length - 8192);
    fs.writeFileSync(ctx.dbFile, bytes);
    expect(() => openDatabase(ctx.dbFile)).toThrow(/bị hỏng/);
    const latest = findLatestBackup(ctx.dir);
    expect(latest?.kind).toBe('manual');
    const r = await restoreLatestBackup(ctx.dir, ctx.dbFile);
    expect(r.movedAside).toMatch(/vanthu\.sqlite\.hong-/);
    expect(fs.readFileSync(r.movedAside!).equals(bytes)).toBe(true);
    const db = openDatabase(ctx.dbFile);
    expect(without(tableHashes(db), 'audit_log', 'backup_settings')).toEqual(without(before, 'audit_log', 'backup_settings'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

describe('online backup while another connection keeps writing', () => {
  // Regression: the copy went in steps of "the size seen last time"; a writer that commits between
  // every two steps grows the file and restarts the copy each time, so on a busy machine a backup taken
  // while another window issued documents never finished (CI timed out in numbering.test.ts).
  it('finishes and is consistent even when the source changes between every step', async () => {
    const { copyDatabase } = await import('../../electron/backup/service');
    const dir = tempDir();
    const file = path.join(dir, 'live.sqlite');
    const reader = openDatabase(file);
    const writer = new Database(file);
    writer.pragma('busy_timeout = 10000');
    writer.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, data BLOB NOT NULL) STRICT');
    const add = writer.prepare('INSERT INTO filler (data) VALUES (?)');
    for (let i = 0; i < 40; i++) add.run(Buffer.alloc(64 * 1024, i));
    let writes = 0;
    let stop = false;
    // A commit on every turn of the event loop: always between two backup steps.
    const tick = () => {
      if (stop) return;
      add.run(Buffer.alloc(64 * 1024, writes++ % 256));
      setImmediate(tick);
    };
    setImmediate(tick);
    const dest = path.join(dir, 'copy.sqlite');
    const done = copyDatabase(reader, dest).then(() => 'done');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timed out'), 15_000));
    const outcome = await Promise.race([done, timeout]);
    stop = true;
    await done.catch(() => undefined);
    expect(outcome).toBe('done');
    expect(writes).toBeGreaterThan(0);
    const copy = new Database(dest, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const n = (copy.prepare('SELECT count(*) n FROM filler').get() as { n: number }).n;
    expect(n).toBeGreaterThanOrEqual(40);
    copy.close();
    writer.close();
    reader.close();
  }, 60_000);
});
