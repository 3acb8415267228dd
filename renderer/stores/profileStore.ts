import { create } from 'zustand';
import type { OfficeProfile, OfficeProfileInput, SAMPLE_PROFILES } from '../../shared/domain/profile';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';
type ProfileState = {
  profile: OfficeProfile | null;
  status: Status;
  samples: typeof SAMPLE_PROFILES;
  load: () => Promise<void>;
  loadSamples: () => Promise<void>;
  save: (input: OfficeProfileInput) => Promise<OfficeProfile | null>;
};

export const useProfileStore = create<ProfileState>((set, get) => ({
  profile: null,
  status: 'idle',
  samples: [],
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
  async loadSamples() {
    if (get().samples.length > 0) return;
    try {
      set({ samples: await getApi().profile.samples({}) });
    } catch (e) {
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
