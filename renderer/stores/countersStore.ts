import { create } from 'zustand';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type CountersState = {
  /** Sets the next serial for a document type in the current series; false when it failed. */
  setNext: (typeCode: string, next: number) => Promise<boolean>;
};

// counters:* is being built by registers-B; until it lands the call reports that it is missing.
type MaybeCounters = { counters?: { setNext?: (input: { typeCode: string; next: number }) => Promise<unknown> } };

export const useCountersStore = create<CountersState>(() => ({
  async setNext(typeCode, next) {
    const fn = (getApi() as unknown as MaybeCounters).counters?.setNext;
    if (!fn) return false;
    try {
      await fn({ typeCode, next });
      return true;
    } catch (e) {
      useNotifications.getState().push(e);
      return false;
    }
  },
}));
