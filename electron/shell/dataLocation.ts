// Where the database lives: the user-data folder by default, or another folder named in a
// pointer file kept in the user-data folder. Also: is a folder on a network share?
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { backupsDir, databaseFile } from '../paths';
import { readJsonFile, writeFileAtomic } from './atomicFile';
import type { DataLocation, NetworkCheck } from '../../shared/ipc/app';

export const POINTER_FILE = 'data-location.json';
export const pointerFile = (baseDir: string): string => path.join(baseDir, POINTER_FILE);

const pointerSchema = z.strictObject({ version: z.literal(1), dataDir: z.string().min(1).max(4096) });

/**
 * The data folder to open. A pointer that is unreadable or names a folder without a database is an
 * error, never a silent fresh start: the drive may just be unplugged, and an empty new database
 * there would look like lost records.
 */
export function resolveDataDir(baseDir: string): string {
  let raw: unknown;
  try {
    raw = readJsonFile(pointerFile(baseDir));
  } catch {
    throw new AppError('IO', `Tệp "${POINTER_FILE}" trong ${baseDir} bị hỏng. Hãy sửa hoặc xoá tệp đó (khi xoá, ứng dụng dùng lại thư mục mặc định).`);
  }
  if (raw === null) return baseDir;
  const p = pointerSchema.safeParse(raw);
  if (!p.success || !path.isAbsolute(p.data.dataDir)) {
    throw new AppError('IO', `Tệp "${POINTER_FILE}" trong ${baseDir} không hợp lệ. Hãy sửa hoặc xoá tệp đó.`);
  }
  if (!fs.existsSync(databaseFile(p.data.dataDir))) {
    throw new AppError(
      'IO',
      `Không tìm thấy dữ liệu ở thư mục ${p.data.dataDir}. Nếu thư mục nằm trên ổ đĩa rời hoặc ổ mạng, hãy cắm/kết nối lại rồi mở lại ứng dụng.`,
    );
  }
  return p.data.dataDir;
}

/** Points the app at dataDir (or back at the default folder). Returns the previous pointer text to undo. */
export function writePointer(baseDir: string, dataDir: string): () => void {
  const file = pointerFile(baseDir);
  const previous = fs.existsSync(file) ? fs.readFileSync(file) : null;
  if (path.resolve(dataDir) === path.resolve(baseDir)) fs.rmSync(file, { force: true });
  else writeFileAtomic(file, JSON.stringify({ version: 1, dataDir: path.resolve(dataDir) }, null, 2));
  return () => {
    if (previous) writeFileAtomic(file, previous);
    else fs.rmSync(file, { force: true });
  };
}


const NETWORK_FS = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', 'sshfs', 'afs', '9p', 'ceph', 'glusterfs', 'fuse.glusterfs', 'davfs', 'fuse.davfs2', 'fuse.rclone', 'lustre', 'ncpfs']);

/** Unescapes the octal sequences /proc/mounts uses for spaces and tabs in mount points. */
const unescapeMount = (s: string) => s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));

/**
 * Pure: decides from the path text and (on Linux) the /proc/mounts text. Windows mapped drive
 * letters cannot be told apart offline without native calls, so only UNC paths are detected there.
 */
export function detectNetworkShare(target: string, env: { platform: NodeJS.Platform; mounts?: string }): NetworkCheck {
  if (env.platform === 'win32') {
    const t = target.replace(/\//g, '\\');
    if (/^\\\\\?\\UNC\\/i.test(t) || (/^\\\\[^\\?.]/.test(t) && !/^\\\\\.\\/.test(t))) {
      return { isNetwork: true, reason: 'Đường dẫn dạng \\\\máy-chủ\\thư-mục là thư mục chia sẻ qua mạng.' };
    }
    return { isNetwork: false };
  }
  if (!env.mounts) return { isNetwork: false };
  const abs = path.posix.resolve(target);
  let best: { mount: string; type: string } | null = null;
  for (const line of env.mounts.split('\n')) {
    const [, mountRaw, type] = line.split(/\s+/);
    if (!mountRaw || !type) continue;
    const mount = unescapeMount(mountRaw);
    const inside = mount === '/' || abs === mount || abs.startsWith(mount.endsWith('/') ? mount : mount + '/');
    if (inside && (!best || mount.length >= best.mount.length)) best = { mount, type };
  }
  if (best && NETWORK_FS.has(best.type)) {
    return { isNetwork: true, reason: `Thư mục nằm trên ổ mạng (${best.type}, gắn tại ${best.mount}).` };
  }
  return { isNetwork: false };
}

export function checkNetworkShare(target: string): NetworkCheck {
  let mounts: string | undefined;
  if (process.platform === 'linux') {
    try {
      mounts = fs.readFileSync('/proc/mounts', 'utf8');
    } catch {
      mounts = undefined;
    }
  }
  return detectNetworkShare(target, { platform: process.platform, ...(mounts !== undefined ? { mounts } : {}) });
}

export const NETWORK_WARNING =
  'Thư mục này nằm trên mạng. SQLite không khoá tệp tin cậy trên ổ mạng: dữ liệu có thể hỏng nếu mạng chập chờn hoặc hai máy cùng mở. Nên chọn ổ đĩa trên chính máy này.';


export function describeDataLocation(dataDir: string, baseDir: string): DataLocation {
  return {
    dataDir,
    databaseFile: databaseFile(dataDir),
    backupsDir: backupsDir(dataDir),
    defaultDir: baseDir,
    isDefault: path.resolve(dataDir) === path.resolve(baseDir),
    network: checkNetworkShare(dataDir),
  };
}
