import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'vanthu';

/** The per-user folder the desktop app uses (same rule as Electron's userData), overridable by VANTHU_DATA_DIR. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.VANTHU_DATA_DIR) return path.resolve(env.VANTHU_DATA_DIR);
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(base, APP_DIR_NAME);
}

export const databaseFile = (dataDir: string): string => path.join(dataDir, 'vanthu.sqlite');
export const backupsDir = (dataDir: string): string => path.join(dataDir, 'backups');
