// Start-up of the data folder, kept out of main.ts so Node tests can drive it.
// A corrupt database is never overwritten: the user may restore the latest backup (the broken file
// is renamed aside), otherwise the error stands and the app stops with its Vietnamese message.
import { findLatestBackup } from '../backup/files';
import { restoreLatestBackup } from '../backup/offline';
import { openAppContext, type AppContext, type AppContextOptions } from '../context';
import { DbCorruptError } from '../db/open';
import { createLogger, toLogFormat } from '../log';
import { databaseFile } from '../paths';

const log = createLogger('startup');

export type RestorePrompt = (info: { problem: string; backupFile: string; backupCreatedAt: string }) => Promise<boolean>;

export async function openWithRecovery(opts: AppContextOptions, askRestore: RestorePrompt): Promise<AppContext> {
  try {
    return openAppContext(opts);
  } catch (e) {
    if (!(e instanceof DbCorruptError)) throw e;
    const latest = findLatestBackup(opts.dataDir);
    if (!latest) throw e;
    const yes = await askRestore({ problem: e.message, backupFile: latest.file, backupCreatedAt: latest.createdAt });
    if (!yes) throw e;
    const r = await restoreLatestBackup(opts.dataDir, opts.dbFile ?? databaseFile(opts.dataDir), opts.clock);
    log.warn(`restored ${r.restoredFrom}; corrupt file kept as ${r.movedAside ?? '(none)'}`);
    return openAppContext(opts);
  }
}

/** The daily automatic backup runs shortly after start-up; it never blocks or fails the app. */
export function scheduleAutoBackup(ctx: AppContext, delayMs = 5_000): { cancel: () => void } {
  const timer = setTimeout(() => {
    ctx.services.backup.maybeAutoBackup().then(
      (r) => log.info(`auto backup: ${r.status}`),
      (e: unknown) => log.error('auto backup failed', toLogFormat(e)),
    );
  }, delayMs);
  timer.unref?.();
  return { cancel: () => clearTimeout(timer) };
}
