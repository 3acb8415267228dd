// Backups: online copies of the database, the daily automatic backup with rotation, restore.
import { z } from 'zod';
import { defineChannel } from './define';

export const BACKUP_KINDS = ['auto', 'manual', 'pre-restore', 'archive'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export type BackupInfo = { fileName: string; kind: BackupKind; size: number; createdAt: string; folder: string };
export type BackupSettings = {
  /** '' = the default folder inside the data folder. */
  folder: string;
  /** The folder actually used. */
  effectiveFolder: string;
  keep: number;
  autoDaily: boolean;
  lastAutoAt: string | null;
};
export type RestoreResult = {
  restoredFrom: string;
  /** The backup of the database as it was just before the restore. */
  safetyBackup: string | null;
  userVersion: number;
};

const fileName = z
  .string()
  .max(200)
  .regex(/^vanthu-[0-9-]+-(auto|manual|pre-restore|archive)\.(sqlite|zip)$/, 'Tên tệp sao lưu không hợp lệ.');

export const backupContract = {
  /** A backup now (online, consistent while the app runs). `archive` makes the portable .zip for moving to a new machine. */
  'backup:create': defineChannel(z.strictObject({ archive: z.boolean().default(false) })).returns<BackupInfo>(),
  'backup:list': defineChannel(z.strictObject({})).returns<{ folder: string; backups: BackupInfo[] }>(),
  /** Restores a backup from the backup folder: validated first; the current data is backed up before switching. */
  'backup:restore': defineChannel(z.strictObject({ fileName })).returns<RestoreResult>(),
  'backup:getSettings': defineChannel(z.strictObject({})).returns<BackupSettings>(),
  'backup:saveSettings': defineChannel(
    z.strictObject({
      folder: z.string().trim().max(1000),
      keep: z.number().int().min(1).max(365),
      autoDaily: z.boolean(),
    }),
  ).returns<BackupSettings>(),
} as const;
