// Backup files on disk: names, listing, rotation, finding the latest, moving a broken file aside.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../shared/ipc/backup';
import { readJsonFile, writeFileAtomic } from '../shell/atomicFile';
import { backupsDir } from '../paths';

const NAME = /^vanthu-(\d{8})-(\d{6})-(\d{3})(?:-(\d+))?-(auto|manual|pre-restore|archive)\.(sqlite|zip)$/;
/** Remembers a custom backup folder outside the database, so it is found even when the database is broken. */
const LOCATION_FILE = 'backup-location.json';

/** 20261122-104316-123 (UTC): sorts by time as text. */
export const stamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').slice(0, 19);

export function backupFileName(folder: string, kind: BackupKind, now: Date): string {
  const ext = kind === 'archive' ? 'zip' : 'sqlite';
  let name = `vanthu-${stamp(now)}-${kind}.${ext}`;
  for (let i = 2; fs.existsSync(path.join(folder, name)); i++) name = `vanthu-${stamp(now)}-${i}-${kind}.${ext}`;
  return name;
}

export const isBackupName = (name: string): boolean => NAME.test(name);

export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const fileName of names) {
    const m = NAME.exec(fileName);
    if (!m) continue;
    const [, ymd, hms, ms] = m as unknown as [string, string, string, string];
    const createdAt = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}T${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4)}.${ms}Z`;
    const size = fs.statSync(path.join(folder, fileName)).size;
    out.push({ fileName, kind: m[5] as BackupKind, size, createdAt, folder });
  }
  return out.sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
}

/** Keeps the `keep` newest automatic backups; manual and pre-restore copies are never removed automatically. */
export function rotate(folder: string, keep: number): string[] {
  const removed: string[] = [];
  for (const b of listBackups(folder).filter((x) => x.kind === 'auto').slice(keep)) {
    fs.rmSync(path.join(folder, b.fileName), { force: true });
    removed.push(b.fileName);
  }
  return removed;
}

export function saveBackupLocation(dataDir: string, folder: string): void {
  writeFileAtomic(path.join(dataDir, LOCATION_FILE), JSON.stringify({ folder }, null, 2));
}

function savedBackupLocation(dataDir: string): string | null {
  try {
    const v = readJsonFile(path.join(dataDir, LOCATION_FILE)) as { folder?: unknown } | null;
    return v && typeof v.folder === 'string' && v.folder ? v.folder : null;
  } catch {
    return null;
  }
}

/** The newest backup in the data folder's backups and the configured backup folder (for "restore the latest backup" after a corrupt open). */
export function findLatestBackup(dataDir: string): (BackupInfo & { file: string }) | null {
  const folders = [backupsDir(dataDir), savedBackupLocation(dataDir)].filter((f): f is string => !!f);
  const all = folders.flatMap(listBackups).filter((b) => b.kind !== 'archive');
  all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const best = all[0];
  return best ? { ...best, file: path.join(best.folder, best.fileName) } : null;
}

/** Renames a database (with its -wal/-shm) out of the way, never overwriting anything. Returns the new name. */
export function moveAside(file: string, now: Date): string {
  let target = `${file}.hong-${stamp(now)}`;
  for (let i = 2; fs.existsSync(target); i++) target = `${file}.hong-${stamp(now)}-${i}`;
  fs.renameSync(file, target);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  return target;
}
