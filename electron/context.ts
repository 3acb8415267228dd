// Opens the data folder: database, services and the dispatcher shared by every transport.
// The data folder can be switched while running (app:moveData); `dispatch` and `services`
// always point at the current one.
import { openDatabase } from './db/open';
import type { DialogProvider } from './shell/dialogs';
import type { ShellOptions } from './shell/services';
import { createDispatcher, type Dispatch } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { databaseFile } from './paths';
import { createServices, type Services } from './services';

export type AppContext = { readonly services: Services; dispatch: Dispatch; close: () => void };

export type AppContextOptions = {
  dataDir: string;
  dbFile?: string;
  clock?: () => Date;
  /** The user-data folder holding the data-location pointer (defaults to dataDir). */
  baseDir?: string;
  mode?: 'desktop' | 'web';
  version?: string;
  dialogs?: DialogProvider;
  checkNetwork?: ShellOptions['checkNetwork'];
};

export function openAppContext(opts: AppContextOptions): AppContext {
  const open = (dataDir: string, dbFile?: string) => {
    const db = openDatabase(dbFile ?? databaseFile(dataDir));
    try {
      const shell: ShellOptions = {
        baseDir: opts.baseDir ?? opts.dataDir,
        relocate,
        ...(opts.mode ? { mode: opts.mode } : {}),
        ...(opts.version ? { version: opts.version } : {}),
        ...(opts.dialogs ? { dialogs: opts.dialogs } : {}),
        ...(opts.checkNetwork ? { checkNetwork: opts.checkNetwork } : {}),
      };
      const services = createServices({ db, dataDir, shell, ...(opts.clock ? { clock: opts.clock } : {}) });
      return { db, services, dispatch: createDispatcher(createHandlers(services)) };
    } catch (e) {
      db.close();
      throw e;
    }
  };
  // Open the new folder first; only when that worked is the old connection closed.
  function relocate(dataDir: string) {
    const next = open(dataDir);
    const previous = current;
    current = next;
    previous.db.close();
  }
  let current = open(opts.dataDir, opts.dbFile);
  return {
    get services() {
      return current.services;
    },
    dispatch: (channel, input) => current.dispatch(channel, input),
    close: () => current.db.close(),
  };
}
