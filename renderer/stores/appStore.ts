import { create } from 'zustand';
import type { AppInfo, DataLocation, MoveDataResult } from '../../shared/ipc/app';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type AppState = {
  info: AppInfo | null;
  location: DataLocation | null;
  load: () => Promise<void>;
  moveData: (input: { target?: string; acceptNetworkRisk?: boolean }) => Promise<MoveDataResult | null>;
};

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  location: null,
  async load() {
    try {
      const api = getApi();
      const [info, location] = await Promise.all([api.app.info({}), api.app.dataLocation({})]);
      set({ info, location });
    } catch (e) {
      useNotifications.getState().push(e);
    }
  },
  async moveData(input) {
    try {
      const r = await getApi().app.moveData(input);
      await get().load();
      return r;
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    }
  },
}));
