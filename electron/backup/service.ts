// Backups of the open database: online copies (better-sqlite3 backup(), consistent while the app
// runs), the daily automatic backup with rotation, settings, and restore into the live database.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { migrate } from '../db/migrate';
import { snapshotTo } from '../db/snapshot';
import { record } from '../audit/repo';
import { writeFileAtomic } from '../shell/atomicFile';
import { createLogger } from '../log';
import { AppError } from '../../shared/errors';
import type { BackupInfo, BackupKind, BackupSettings, RestoreResult } from '../../shared/ipc/backup';
import { backupsDir } from '../paths';
import { todayIn } from '../../shared/text/today';
import { buildArchive } from './archive';
import { backupFileName, isBackupName, listBackups, rotate, saveBackupLocation } from './files';
import { stageCandidate } from './validate';
import { createBackupRepo, type SettingsRow } from './repo';

const log = createLogger('backup');

export type AutoBackupResult =
  | { status: 'created'; backup: BackupInfo; removed: string[] }
  | { status: 'skipped' | 'disabled' }
  | { status: 'failed'; message: string };

/** A consistent, self-contained copy of `db` at `dest` (written to a temp name, checked, then renamed). */
export async function copyDatabase(db: Db, dest: string): Promise<void> {
  const partial = path.join(path.dirname(dest), `.${path.basename(dest)}.partial`);
  // The destination folder may be new (a fresh USB drive folder): create it rather than fail.
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.rmSync(partial, { force: true });
  try {
    await snapshotTo(db, partial);
    const copy = new Database(partial);
    try {
      // One file, no -wal beside it: safe to carry on a USB drive.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new AppError('IO', `Bản sao lưu vừa tạo không đạt kiểm tra (${check}).`);
    } finally {
      copy.close();
    }
    fs.renameSync(partial, dest);
  } catch (e) {
    fs.rmSync(partial, { force: true });
    throw e;
  }
}

export function createBackupService({ db, dataDir, clock }: { db: Db; dataDir: string; clock: () => Date }) {
  const repo = createBackupRepo(db);
  const row = (): SettingsRow => repo.settings();
  const folderOf = (r: SettingsRow) => r.folder || backupsDir(dataDir);
  const put = (r: SettingsRow) => repo.saveSettings(r, clock().toISOString());
  const settings = (r = row()): BackupSettings => ({ folder: r.folder, effectiveFolder: folderOf(r), keep: r.keep, autoDaily: r.auto_daily === 1, lastAutoAt: r.last_auto_at });

  async function create(kind: BackupKind): Promise<BackupInfo> {
    const folder = folderOf(row());
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (e) {
      throw new AppError('IO', `Không tạo được thư mục sao lưu "${folder}" (${(e as NodeJS.ErrnoException).code ?? 'lỗi'}). Kiểm tra ổ đĩa (USB) đã cắm chưa.`);
    }
    const now = clock();
    const fileName = backupFileName(folder, kind, now);
    const dest = path.join(folder, fileName);
    if (kind === 'archive') {
      const tmp = path.join(folder, `.${fileName}.db`);
      try {
        await copyDatabase(db, tmp);
        writeFileAtomic(dest, buildArchive(tmp, now.toISOString()));
      } finally {
        fs.rmSync(tmp, { force: true });
      }
    } else {
      await copyDatabase(db, dest);
    }
    log.info(`backup ${fileName}`);
    return { fileName, kind, size: fs.statSync(dest).size, createdAt: now.toISOString(), folder };
  }

  /**
   * Replaces the live database with a validated backup (.sqlite or portable .zip). The current data is
   * backed up first; the switch is one SQLite backup into the open file, so the app keeps running and
   * an older backup is migrated up afterwards. Backup settings stay those of this machine.
   */
async function restoreFile(source: string): Promise<RestoreResult> {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const staged = stageCandidate(source, path.dirname(db.name), pageSize);
    try {
      const keepSettings = row();
      const safety = await create('pre-restore');
      const src = new Database(staged.file, { readonly: true });
      try {
        await src.backup(db.name);
      } finally {
        src.close();
      }
      migrate(db);
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new AppError('IO', `Sau khi khôi phục, kiểm tra cơ sở dữ liệu báo lỗi (${check}). Bản sao an toàn: ${safety.fileName}.`);
      db.transaction(() => {
        put(keepSettings);
        record(db, { action: 'restore', entity: 'backup', detail: { from: path.basename(source), safetyBackup: safety.fileName } });
      })();
      return { restoredFrom: path.basename(source), safetyBackup: safety.fileName, userVersion: db.pragma('user_version', { simple: true }) as number };
    } finally {
      staged.cleanup();
    }
  }

  return {
    create,
    restoreFile,
    list: () => {
      const folder = folderOf(row());
      return { folder, backups: listBackups(folder) };
    },
    getSettings: () => settings(),
    saveSettings(input: { folder: string; keep: number; autoDaily: boolean }): BackupSettings {
      if (input.folder) {
        if (!path.isAbsolute(input.folder)) throw new AppError('VALIDATION', 'Thư mục sao lưu phải là đường dẫn đầy đủ.');
        try {
          if (!fs.statSync(input.folder).isDirectory()) throw new Error('not a directory');
          const probe = path.join(input.folder, `.vanthu-probe-${process.pid}`);
          fs.writeFileSync(probe, 'ok');
          fs.rmSync(probe);
        } catch {
          throw new AppError('VALIDATION', `Không ghi được vào thư mục "${input.folder}". Hãy chọn thư mục khác (hoặc cắm ổ USB).`);
        }
      }
      const next = { ...row(), folder: input.folder, keep: input.keep, auto_daily: input.autoDaily ? 1 : 0 };
      db.transaction(() => {
        put(next);
        record(db, { action: 'settings', entity: 'backup', detail: { folder: input.folder, keep: input.keep, autoDaily: input.autoDaily } });
      })();
      saveBackupLocation(dataDir, input.folder);
      return settings();
    },

    /** Called by the app at start: one automatic backup per day, then rotation. Never throws. */
    async maybeAutoBackup(): Promise<AutoBackupResult> {
      const r = row();
      if (r.auto_daily !== 1) return { status: 'disabled' };
      if (r.last_auto_at && todayIn(new Date(r.last_auto_at)) === todayIn(clock())) return { status: 'skipped' };
      try {
        const backup = await create('auto');
        const removed = rotate(backup.folder, r.keep);
        put({ ...row(), last_auto_at: clock().toISOString() });
        return { status: 'created', backup, removed };
      } catch (e) {
        log.warn('automatic backup failed', e);
        return { status: 'failed', message: e instanceof AppError ? e.message : `Sao lưu tự động không thành công (${(e as Error).message}).` };
      }
    },

    /** Restore by name from the backup folder (the renderer never sends a path). */
    restore(fileName: string): Promise<RestoreResult> {
      if (!isBackupName(fileName)) throw new AppError('VALIDATION', 'Tên tệp sao lưu không hợp lệ.');
      const file = path.join(folderOf(row()), fileName);
      if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `Không tìm thấy bản sao lưu "${fileName}" trong thư mục sao lưu.`);
      return restoreFile(file);
    },
  };
}
export type BackupService = ReturnType<typeof createBackupService>;
