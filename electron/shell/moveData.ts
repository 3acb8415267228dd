// Moving the database and backups to another folder: online backup to the new place, verify,
// switch the pointer and the open connection, and only then retire the old copy (renamed, kept).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { snapshotTo } from '../db/snapshot';
import { createLogger } from '../log';
import { backupsDir, databaseFile } from '../paths';
import { writePointer } from './dataLocation';

const log = createLogger('move-data');

const hexOf = (v: unknown): unknown => (v instanceof Uint8Array ? `x'${Buffer.from(v).toString('hex')}'` : typeof v === 'bigint' ? `${v}n` : v);

/** A checksum of every table's rows (order-independent) and the schema version. */
export function databaseChecksum(db: Db): string {
  const hash = crypto.createHash('sha256');
  hash.update(`v${String(db.pragma('user_version', { simple: true }))}\n`);
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const t of tables) {
    let rows: string[];
    try {
      rows = (db.prepare(`SELECT * FROM "${t.replace(/"/g, '""')}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r.map(hexOf)));
    } catch (e) {
      rows = [`!${(e as Error).message}`];
    }
    rows.sort();
    hash.update(`${t}:${rows.length}\n`);
    for (const r of rows) hash.update(r + '\n');
  }
  return hash.digest('hex');
}

const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!!rel && !rel.startsWith('..') && !path.isAbsolute(rel));
};

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * Copies a folder tree without overwriting: a same-named file of the same size is taken as the
 * same backup (moving back to a folder that still has them); a different one gets a suffix.
 * Everything created is recorded so that a failure can remove exactly that.
 */
function mergeCopy(from: string, to: string, created: string[]): void {
  if (!fs.existsSync(to)) {
    fs.mkdirSync(to, { recursive: true });
    created.push(to);
  }
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    if (e.isDirectory()) {
      mergeCopy(src, path.join(to, e.name), created);
      continue;
    }
    if (!e.isFile()) continue;
    let dest = path.join(to, e.name);
    if (fs.existsSync(dest)) {
      if (fs.statSync(dest).size === fs.statSync(src).size) continue;
      const ext = path.extname(e.name);
      dest = path.join(to, `${path.basename(e.name, ext)}-chuyen-${crypto.randomBytes(3).toString('hex')}${ext}`);
    }
    fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL);
    created.push(dest);
  }
}

export type MoveOptions = {
  db: Db;
  fromDir: string;
  toDir: string;
  baseDir: string;
  /** Reopens every service on the new folder; throws if it cannot. */
  switchTo: (dataDir: string) => void;
  now: () => Date;
};

export async function moveDataFolder(o: MoveOptions): Promise<{ dataDir: string; oldCopy: string | null }> {
  const from = path.resolve(o.fromDir);
  const to = path.resolve(o.toDir);
  if (to === from) throw new AppError('CONFLICT', 'Dữ liệu đang ở thư mục này rồi.');
  if (isInside(to, from)) throw new AppError('VALIDATION', 'Không thể chuyển dữ liệu vào một thư mục con của thư mục dữ liệu hiện tại.');
  try {
    fs.mkdirSync(to, { recursive: true });
    const probe = path.join(to, `.vanthu-probe-${crypto.randomBytes(4).toString('hex')}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch {
    throw new AppError('IO', `Không ghi được vào thư mục ${to}. Hãy chọn thư mục khác hoặc kiểm tra quyền ghi.`);
  }
  const dest = databaseFile(to);
  if (fs.existsSync(dest)) {
    throw new AppError('CONFLICT', `Thư mục ${to} đã có tệp dữ liệu "${path.basename(dest)}". Hãy chọn một thư mục trống; không có gì bị ghi đè.`);
  }
  const partial = `${dest}.dang-chep`;
  const created: string[] = [];
  const cleanup = () => {
    for (const p of created.reverse()) fs.rmSync(p, { recursive: true, force: true });
  };
  try {
    created.push(partial);
    await snapshotTo(o.db, partial);
    // From here on everything is synchronous: no request can write between verify and switch.
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`integrity_check: ${String(check)}`);
      if (databaseChecksum(copy) !== databaseChecksum(o.db)) throw new Error('checksum mismatch');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, dest);
    created.pop();
    created.push(dest);
    if (fs.existsSync(backupsDir(from))) mergeCopy(backupsDir(from), backupsDir(to), created);
  } catch (e) {
    log.error('copy to the new data folder failed', e);
    cleanup();
    throw new AppError('IO', 'Sao chép dữ liệu sang thư mục mới không thành công; dữ liệu vẫn ở chỗ cũ và không bị thay đổi. Hãy kiểm tra dung lượng đĩa và quyền ghi rồi thử lại.');
  }
  const undoPointer = writePointer(o.baseDir, to);
  try {
    o.switchTo(to);
  } catch (e) {
    log.error('switching to the new data folder failed', e);
    undoPointer();
    cleanup();
    throw new AppError('IO', 'Không mở được dữ liệu ở thư mục mới; ứng dụng tiếp tục dùng thư mục cũ.');
  }
  // The old database stays on disk under another name so it is never mistaken for the live one.
  const oldDb = databaseFile(from);
  const oldCopy = `${oldDb}.cu-${stamp(o.now())}`;
  try {
    fs.renameSync(oldDb, oldCopy);
    for (const side of ['-wal', '-shm']) if (fs.existsSync(oldDb + side)) fs.renameSync(oldDb + side, oldCopy + side);
    return { dataDir: to, oldCopy };
  } catch (e) {
    log.warn('could not rename the old database copy', e);
    return { dataDir: to, oldCopy: fs.existsSync(oldDb) ? oldDb : null };
  }
}
