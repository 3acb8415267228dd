// Checks a file before it may replace the database: a readable SQLite file, quick_check ok, made by
// this app (the tables its version must have), not from a newer app. Works on a private copy, so the
// user's file is never touched, and the copy is normalised (rollback journal, same page size).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { latestVersion, migrate } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { readArchive, isZip } from './archive';

export type StagedCandidate = { file: string; userVersion: number; cleanup: () => void };

const refuse = (name: string, why: string) => new AppError('VALIDATION', `Không thể khôi phục từ tệp "${name}": ${why} Dữ liệu hiện tại không bị thay đổi.`);

/** Tables (not FTS shadow tables) a database of `version` must contain. */
function expectedTables(version: number): string[] {
  const mem = new Database(':memory:');
  try {
    migrate(mem, migrations, version);
    return mem
      .prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .all()
      .map((r) => r.name);
  } finally {
    mem.close();
  }
}

/**
 * Copies `source` (a .sqlite backup or a portable .zip archive) next to `intoDir`, validates the copy
 * and prepares it to be switched in. Throws a Vietnamese VALIDATION error, changing nothing, otherwise.
 */
export function stageCandidate(source: string, intoDir: string, pageSize: number): StagedCandidate {
  const name = path.basename(source);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) throw refuse(name, 'không tìm thấy tệp.');
  const file = path.join(intoDir, `.vanthu-restore-${crypto.randomBytes(6).toString('hex')}.sqlite`);
  const cleanup = () => {
    for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
  };
  try {
    if (isZip(source)) fs.writeFileSync(file, readArchive(source));
    else fs.copyFileSync(source, file);
    let db: Database.Database;
    try {
      db = new Database(file, { fileMustExist: true });
    } catch (e) {
      throw refuse(name, `không mở được (${(e as Error).message}).`);
    }
    try {
      let check: string;
      try {
        check = db.pragma('quick_check', { simple: true }) as string;
      } catch {
        throw refuse(name, 'đây không phải tệp cơ sở dữ liệu của ứng dụng (hoặc tệp đã hỏng).');
      }
      if (check !== 'ok') throw refuse(name, `tệp bị hỏng (${check}).`);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > latestVersion()) throw refuse(name, `tệp được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${version}). Hãy cập nhật ứng dụng.`);
      if (version < (migrations[0]?.version ?? 1)) throw refuse(name, 'đây không phải tệp dữ liệu của Văn thư Tuyên giáo.');
      const have = new Set(db.prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all().map((r) => r.name));
      const missing = expectedTables(version).filter((t) => !have.has(t));
      if (missing.length) throw refuse(name, `thiếu bảng dữ liệu (${missing.slice(0, 5).join(', ')}); đây không phải tệp dữ liệu của Văn thư Tuyên giáo.`);
      // A WAL database cannot take a backup of a different page size: rebuild the copy to match.
      db.pragma('journal_mode = DELETE');
      if ((db.pragma('page_size', { simple: true }) as number) !== pageSize) {
        db.pragma(`page_size = ${pageSize}`);
        db.exec('VACUUM');
      }
      return { file, userVersion: version, cleanup };
    } finally {
      db.close();
    }
  } catch (e) {
    cleanup();
    throw e;
  }
}
