import { create } from 'zustand';
import type { OfficeProfile, OfficeProfileInput } from '../../shared/domain/profile';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';
type ProfileState = {
  profile: OfficeProfile | null;
  status: Status;
  load: () => Promise<void>;
  save: (input: OfficeProfileInput) => Promise<OfficeProfile | null>;
};

export const useProfileStore = create<ProfileState>((set, get) => ({
  profile: null,
  status: 'idle',
  async load() {
    if (get().status === 'loading') return;
    set({ status: 'loading' });
    try {
      set({ profile: await getApi().profile.get({}), status: 'ready' });
    } catch (e) {
      set({ status: 'error' });
      useNotifications.getState().push(e);
    }
  },
  async save(input) {
    try {
      const saved = await getApi().profile.save(input);
      set({ status: 'idle' });
      await get().load();
      return saved;
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    }
  },
}));
