import { create } from 'zustand';
import type { BackupInfo, BackupSettings, RestoreResult } from '../../shared/ipc/backup';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type BackupState = {
  folder: string;
  backups: BackupInfo[];
  settings: BackupSettings | null;
  busy: boolean;
  load: () => Promise<void>;
  create: () => Promise<BackupInfo | null>;
  restore: (fileName: string) => Promise<RestoreResult | null>;
  saveSettings: (s: { folder: string; keep: number; autoDaily: boolean }) => Promise<boolean>;
};

export const useBackupStore = create<BackupState>((set, get) => {
  const run = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    set({ busy: true });
    try {
      const r = await fn();
      await get().load();
      return r;
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    } finally {
      set({ busy: false });
    }
  };
  return {
    folder: '',
    backups: [],
    settings: null,
    busy: false,
    async load() {
      try {
        const api = getApi();
        const [list, settings] = await Promise.all([api.backup.list({}), api.backup.getSettings({})]);
        set({ folder: list.folder, backups: list.backups, settings });
      } catch (e) {
        useNotifications.getState().push(e);
      }
    },
    create: () => run(() => getApi().backup.create({ archive: false })),
    restore: (fileName) => run(() => getApi().backup.restore({ fileName })),
    saveSettings: async (s) => (await run(() => getApi().backup.saveSettings(s))) !== null,
  };
});
