// Restore when the app has no open database: the CLI, and "restore the latest backup" after the
// database failed to open (DbCorruptError). A broken database is moved aside, never overwritten.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/open';
import { AppError } from '../../shared/errors';
import type { RestoreResult } from '../../shared/ipc/backup';
import { findLatestBackup, moveAside } from './files';
import { createBackupService } from './service';
import { stageCandidate } from './validate';

export type OfflineRestoreResult = RestoreResult & { movedAside: string | null };

export async function restoreDatabaseFile(dbFile: string, source: string, opts: { dataDir?: string; clock?: () => Date } = {}): Promise<OfflineRestoreResult> {
  const clock = opts.clock ?? (() => new Date());
  const dataDir = opts.dataDir ?? path.dirname(path.resolve(dbFile));
  fs.mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
  let db: Db | null = null;
  let movedAside: string | null = null;
  if (fs.existsSync(dbFile)) {
    try {
      db = openDatabase(dbFile);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      // Check the backup BEFORE moving anything, so a bad backup leaves everything as it was.
      stageCandidate(source, path.dirname(path.resolve(dbFile)), 8192).cleanup();
      movedAside = moveAside(dbFile, clock());
    }
  }
  if (db) {
    try {
      return { ...(await createBackupService({ db, dataDir, clock }).restoreFile(source)), movedAside };
    } finally {
      db.close();
    }
  }
  const staged = stageCandidate(source, path.dirname(path.resolve(dbFile)), 8192);
  try {
    fs.renameSync(staged.file, dbFile);
  } finally {
    staged.cleanup();
  }
  const fresh = openDatabase(dbFile);
  try {
    return { restoredFrom: path.basename(source), safetyBackup: null, movedAside, userVersion: fresh.pragma('user_version', { simple: true }) as number };
  } finally {
    fresh.close();
  }
}

/** "Khôi phục bản sao lưu gần nhất": for the screen shown when the database is corrupt. */
export async function restoreLatestBackup(dataDir: string, dbFile: string, clock?: () => Date): Promise<OfflineRestoreResult> {
  const latest = findLatestBackup(dataDir);
  if (!latest) throw new AppError('NOT_FOUND', 'Không tìm thấy bản sao lưu nào để khôi phục.');
  return restoreDatabaseFile(dbFile, latest.file, { dataDir, ...(clock ? { clock } : {}) });
}
