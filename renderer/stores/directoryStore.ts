import { create } from 'zustand';
import type { GroupInput, ImportUnitsResult, RecipientGroup, Unit, UnitInput, UnitKind } from '../../shared/domain/directory';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';
type DirectoryState = {
  units: Unit[];
  groups: RecipientGroup[];
  status: Status;
  /** Set after a write so the next load() re-fetches. */
  isDirty: boolean;
  load: (force?: boolean) => Promise<void>;
  saveUnit: (input: UnitInput) => Promise<Unit | null>;
  deleteUnit: (id: number) => Promise<boolean>;
  saveGroup: (input: GroupInput) => Promise<RecipientGroup | null>;
  deleteGroup: (id: number) => Promise<boolean>;
  importUnits: (text: string, kind: UnitKind) => Promise<ImportUnitsResult | null>;
};

export const useDirectoryStore = create<DirectoryState>((set, get) => {
  /** Runs a write, then re-fetches the canonical lists. */
  const write = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    try {
      const r = await fn();
      set({ isDirty: true });
      await get().load(true);
      return r;
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    }
  };
  return {
    units: [],
    groups: [],
    status: 'idle',
    isDirty: true,
    async load(force = false) {
      if (get().status === 'loading' || (!force && !get().isDirty)) return;
      set({ status: 'loading' });
      try {
        const api = getApi();
        const [units, groups] = await Promise.all([api.directory.listUnits({}), api.directory.listGroups({})]);
        set({ units, groups, status: 'ready', isDirty: false });
      } catch (e) {
        set({ status: 'error' });
        useNotifications.getState().push(e);
      }
    },
    saveUnit: (input) => write(() => getApi().directory.saveUnit(input)),
    deleteUnit: async (id) => (await write(() => getApi().directory.deleteUnit({ id }).then(() => true))) ?? false,
    saveGroup: (input) => write(() => getApi().directory.saveGroup(input)),
    deleteGroup: async (id) => (await write(() => getApi().directory.deleteGroup({ id }).then(() => true))) ?? false,
    importUnits: (text, kind) => write(() => getApi().directory.importUnits({ text, kind })),
  };
});
