// The shell's services for createServices (app:*: version, data folder, moving it; files:*: native
// dialogs or downloads), one spread in services.ts. shell/ also holds the window state.
import pkg from '../../package.json' with { type: 'json' };
import type { AppMode, NetworkCheck } from '../../shared/ipc/app';
import type { Db } from '../db/open';
import type { DialogProvider } from './dialogs';
import { createFilesService } from './files';
import { createAppService } from './appService';

/** The desktop app passes app.getVersion(); elsewhere (web, CLI, tests) package.json's version. */
export const APP_VERSION: string = pkg.version;

export type ShellOptions = {
  mode?: AppMode;
  version?: string;
  /** The user-data folder holding the pointer file; defaults to dataDir. */
  baseDir?: string;
  dialogs?: DialogProvider;
  relocate?: (dataDir: string) => void;
  checkNetwork?: (dir: string) => NetworkCheck;
};

export function createShellServices(o: ShellOptions & { db: Db; dataDir: string; clock: () => Date }) {
  return {
    app: createAppService({
      db: o.db,
      dataDir: o.dataDir,
      baseDir: o.baseDir ?? o.dataDir,
      mode: o.mode ?? (o.dialogs ? 'desktop' : 'web'),
      version: o.version ?? APP_VERSION,
      clock: o.clock,
      ...(o.dialogs ? { dialogs: o.dialogs } : {}),
      ...(o.relocate ? { relocate: o.relocate } : {}),
      ...(o.checkNetwork ? { checkNetwork: o.checkNetwork } : {}),
    }),
    files: createFilesService(o.dialogs ? { dialogs: o.dialogs } : {}),
  };
}
