// Opens the data folder: database, services and the dispatcher shared by every transport.
import { openDatabase } from './db/open';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { databaseFile } from './paths';
import { createServices, type Services } from './services';

export type AppContext = { services: Services; dispatch: ReturnType<typeof createDispatcher>; close: () => void };

export function openAppContext(opts: { dataDir: string; dbFile?: string; clock?: () => Date }): AppContext {
  const db = openDatabase(opts.dbFile ?? databaseFile(opts.dataDir));
  const services = createServices({ db, dataDir: opts.dataDir, ...(opts.clock ? { clock: opts.clock } : {}) });
  const dispatch = createDispatcher(createHandlers(services));
  return { services, dispatch, close: () => db.close() };
}
