// "Thể thức": the office's dated format choices being edited, and their live sample from main.
import { create } from 'zustand';
import type { OfficeFormat } from '../../shared/format/office';
import type { FormatRecord } from '../../shared/ipc/format';
import { todayIn } from '../../shared/text/today';
import { formatDateShort } from '../../shared/text/dates';
import { getApi } from '../api/client';
import { vi } from '../i18n/vi';
import { useNotifications } from './notificationsStore';

type State = {
  history: FormatRecord[];
  settings: OfficeFormat;
  validFrom: string;
  basis: string;
  sampleOf: 'cong-van' | 'ke-hoach';
  load: () => Promise<void>;
  set: <K extends keyof OfficeFormat>(key: K, value: OfficeFormat[K] | undefined) => void;
  setMeta: (m: Partial<Pick<State, 'validFrom' | 'basis' | 'sampleOf'>>) => void;
  sample: () => Promise<{ dataBase64: string; pages: number }>;
  save: () => Promise<boolean>;
};

export const useFormatStore = create<State>((set, get) => ({
  history: [],
  settings: {},
  validFrom: todayIn(new Date()),
  basis: '',
  sampleOf: 'cong-van',
  async load() {
    try {
      const history = await getApi().format.list({});
      // The form starts from the choices in force today.
      const today = todayIn(new Date());
      const current = history.find((h) => h.validFrom <= today);
      set({ history, settings: current?.settings ?? {}, basis: current?.basis ?? '' });
    } catch (e) {
      useNotifications.getState().push(e);
    }
  },
  set(key, value) {
    const next: OfficeFormat = { ...get().settings };
    if (value === undefined) delete next[key];
    else next[key] = value;
    set({ settings: next });
  },
  setMeta: (m) => set(m),
  sample: () => getApi().format.sample({ settings: get().settings, templateId: get().sampleOf }),
  async save() {
    const { validFrom, settings, basis } = get();
    try {
      await getApi().format.save({ validFrom, settings, basis });
      useNotifications.getState().info(vi.format.saved(formatDateShort(validFrom)));
      await get().load();
      return true;
    } catch (e) {
      useNotifications.getState().push(e);
      return false;
    }
  },
}));
