// SQL only: the one-row backup_settings table.
import type { Db } from '../db/open';

export type SettingsRow = { folder: string; keep: number; auto_daily: number; last_auto_at: string | null };

const DEFAULTS: SettingsRow = { folder: '', keep: 10, auto_daily: 1, last_auto_at: null };

export function createBackupRepo(db: Db) {
  const getRow = db.prepare<[], SettingsRow>(`SELECT folder, keep, auto_daily, last_auto_at FROM backup_settings WHERE id = 1`);
  const putRow = db.prepare(
    `INSERT INTO backup_settings (id, folder, keep, auto_daily, last_auto_at, updated_at) VALUES (1, @folder, @keep, @autoDaily, @lastAutoAt, @now)
     ON CONFLICT (id) DO UPDATE SET folder = @folder, keep = @keep, auto_daily = @autoDaily, last_auto_at = @lastAutoAt, updated_at = @now`,
  );
  return {
    settings: (): SettingsRow => getRow.get() ?? DEFAULTS,
    saveSettings: (r: SettingsRow, now: string) => putRow.run({ folder: r.folder, keep: r.keep, autoDaily: r.auto_daily, lastAutoAt: r.last_auto_at, now }),
  };
}
