// The application itself: what it runs as, where its data lives, and moving that data.
import { z } from 'zod';
import { defineChannel } from './define';

export type AppMode = 'desktop' | 'web';
/** `dialogs`: save/open dialogs run in main (desktop); otherwise files are downloaded/uploaded. */
export type AppInfo = { mode: AppMode; version: string; dataDir: string; dialogs: boolean };

export type NetworkCheck = { isNetwork: boolean; reason?: string };
export type DataLocation = {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  defaultDir: string;
  isDefault: boolean;
  network: NetworkCheck;
};
export type MoveDataResult =
  | { status: 'cancelled' }
  | { status: 'needsConfirmation'; target: string; warning: string }
  | { status: 'moved'; dataDir: string; oldCopy: string | null; warning?: string };

export const appContract = {
  'app:info': defineChannel(z.strictObject({})).returns<AppInfo>(),
  'app:dataLocation': defineChannel(z.strictObject({})).returns<DataLocation>(),
  /**
   * Copy-then-switch to another folder. Desktop: the folder is picked in a dialog in main and
   * `target` must be absent. Browser mode (same machine): the user types `target`; a network share
   * answers `needsConfirmation` until `acceptNetworkRisk` is sent.
   */
  'app:moveData': defineChannel(
    z.strictObject({
      target: z.string().trim().min(1).max(1024).regex(/^[^\0]*$/).optional(),
      acceptNetworkRisk: z.boolean().optional(),
    }),
  ).returns<MoveDataResult>(),
} as const;
