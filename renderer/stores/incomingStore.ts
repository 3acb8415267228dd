import { create } from 'zustand';
import type {
  DuplicateCheck,
  IncomingCreateInput,
  IncomingRecord,
  IncomingRow,
  IncomingStatus,
  IncomingUpdateInput,
} from '../../shared/domain/incoming';
import { getApi } from '../api/client';
import { useFilesStore } from './filesStore';
import { useNotifications } from './notificationsStore';
import { registerListSlice, type RegisterList } from './registerList';

export type IncomingFilters = { year: number | null; issuer: string; typeCode: string; status: IncomingStatus | '' };
export const PAGE_SIZE = 50;

type IncomingState = RegisterList<IncomingFilters, IncomingRow> & {
  current: IncomingRecord | null;
  /** `cached`: reuse the record held when it is the same one (just created or saved here). */
  open: (id: number, cached?: boolean) => Promise<IncomingRecord | null>;
  create: (input: IncomingCreateInput) => Promise<IncomingRecord | null>;
  update: (input: IncomingUpdateInput) => Promise<IncomingRecord | null>;
  setStatus: (id: number, status: IncomingStatus) => Promise<void>;
  checkDuplicate: (check: DuplicateCheck) => Promise<IncomingRecord | null>;
  /** Saves an attachment (desktop dialog or browser download). */
  saveAttachment: (id: number) => Promise<boolean>;
  /** Records an outgoing document as a reply to (or forwarding of) an incoming one. */
};

const notify = (e: unknown) => useNotifications.getState().push(e);

export const useIncomingStore = create<IncomingState>((set, get) => ({
  ...registerListSlice<IncomingFilters, IncomingRow>(set, get, { year: null, issuer: '', typeCode: '', status: '' }, ({ query, filters, page }) =>
    getApi().incoming.list({
      ...(query ? { query, order: 'relevance' as const } : { order: 'newest' as const }),
      ...(filters.year ? { year: filters.year } : {}),
      ...(filters.issuer.trim() ? { issuer: filters.issuer.trim() } : {}),
      ...(filters.typeCode ? { typeCode: filters.typeCode } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      page,
      pageSize: PAGE_SIZE,
    }),
  ),
    current: null,
    async open(id, cached = false) {
      // Just registered or saved here: the record in hand is the stored one (no second request).
      const held = get().current;
      if (cached && held?.id === id) return held;
      try {
        const current = await getApi().incoming.get({ id });
        set({ current });
        return current;
      } catch (e) {
        notify(e);
        return null;
      }
    },
    async create(input) {
      try {
        const rec = await getApi().incoming.create(input);
        set({ isDirty: true, current: rec });
        await get().load(true);
        return rec;
      } catch (e) {
        notify(e);
        return null;
      }
    },
    async update(input) {
      try {
        const rec = await getApi().incoming.update(input);
        set({ current: rec, isDirty: true });
        await get().load(true);
        return rec;
      } catch (e) {
        notify(e);
        return null;
      }
    },
    async setStatus(id, status) {
      try {
        const rec = await getApi().incoming.setStatus({ id, status });
        set({ current: rec, isDirty: true });
        await get().load(true);
      } catch (e) {
        notify(e);
      }
    },
    async checkDuplicate(check) {
      try {
        return await getApi().incoming.checkDuplicate(check);
      } catch (e) {
        notify(e);
        return null;
      }
    },
    async saveAttachment(id) {
      try {
        return await useFilesStore.getState().receive(await getApi().incoming.saveAttachment({ id }));
      } catch (e) {
        notify(e);
        return false;
      }
    },
}));
