import { create } from 'zustand';
import type { NumberCounter } from '../../shared/domain/outgoing';
import type { Term } from '../../shared/domain/profile';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type CountersState = {
  counters: NumberCounter[];
  load: () => Promise<void>;
  /** Sets the next serial of a series; false (and a notification) when refused. */
  setNext: (typeCode: string, next: number, date?: string) => Promise<boolean>;
};

/** A date inside the current term (or the latest one) so a series can be addressed before it starts. */
export function dateInCurrentTerm(terms: readonly Term[], today: string): string {
  const sorted = [...terms].sort((a, b) => (a.start < b.start ? -1 : 1));
  const current = sorted.find((t) => t.start <= today && (t.end === null || t.end >= today));
  if (current || sorted.length === 0) return today;
  const last = sorted.at(-1)!;
  return last.end !== null && last.end < today ? last.end : last.start;
}

export const useCountersStore = create<CountersState>((set, get) => ({
  counters: [],
  async load() {
    try {
      set({ counters: await getApi().counters.list({}) });
    } catch (e) {
      useNotifications.getState().push(e);
    }
  },
  async setNext(typeCode, next, date) {
    try {
      await getApi().counters.setNext({ typeCode, next, ...(date ? { date } : {}) });
      await get().load();
      return true;
    } catch (e) {
      useNotifications.getState().push(e);
      return false;
    }
  },
}));
