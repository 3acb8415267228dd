import { create } from 'zustand';
import type {
  Attachment,
  DuplicateCheck,
  IncomingCreateInput,
  IncomingRecord,
  IncomingRow,
  IncomingStatus,
  IncomingUpdateInput,
} from '../../shared/domain/incoming';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';
export type IncomingFilters = { year: number | null; issuer: string; typeCode: string; status: IncomingStatus | '' };
export const PAGE_SIZE = 50;

type IncomingState = {
  query: string;
  filters: IncomingFilters;
  page: number;
  rows: IncomingRow[];
  total: number;
  status: Status;
  isDirty: boolean;
  current: IncomingRecord | null;
  setQuery: (q: string) => void;
  setFilters: (f: Partial<IncomingFilters>) => void;
  setPage: (p: number) => void;
  load: (force?: boolean) => Promise<void>;
  open: (id: number) => Promise<IncomingRecord | null>;
  create: (input: IncomingCreateInput) => Promise<IncomingRecord | null>;
  update: (input: IncomingUpdateInput) => Promise<IncomingRecord | null>;
  setStatus: (id: number, status: IncomingStatus) => Promise<void>;
  checkDuplicate: (check: DuplicateCheck) => Promise<IncomingRecord | null>;
  attachment: (id: number) => Promise<Attachment | null>;
  /** Records an outgoing document as a reply to (or forwarding of) an incoming one. */
  linkReply: (id: number, outgoingId: number) => Promise<void>;
};

let seq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const notify = (e: unknown) => useNotifications.getState().push(e);

export const useIncomingStore = create<IncomingState>((set, get) => {
  /** Typing in the search box re-queries after a short pause, not on every key. */
  const reloadSoon = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().load(true), delay);
  };
  return {
    query: '',
    filters: { year: null, issuer: '', typeCode: '', status: '' },
    page: 1,
    rows: [],
    total: 0,
    status: 'idle',
    isDirty: true,
    current: null,
    setQuery(query) {
      set({ query, page: 1 });
      reloadSoon(200);
    },
    setFilters(f) {
      set({ filters: { ...get().filters, ...f }, page: 1 });
      reloadSoon(0);
    },
    setPage(page) {
      set({ page });
      reloadSoon(0);
    },
    async load(force = false) {
      if (!force && (!get().isDirty || get().status === 'loading')) return;
      const { query, filters, page } = get();
      const mine = ++seq;
      set({ status: 'loading' });
      try {
        const q = query.trim();
        const r = await getApi().incoming.list({
          ...(q ? { query: q, order: 'relevance' as const } : { order: 'newest' as const }),
          ...(filters.year ? { year: filters.year } : {}),
          ...(filters.issuer.trim() ? { issuer: filters.issuer.trim() } : {}),
          ...(filters.typeCode ? { typeCode: filters.typeCode } : {}),
          ...(filters.status ? { status: filters.status } : {}),
          page,
          pageSize: PAGE_SIZE,
        });
        // A slower, older answer must not overwrite a newer one.
        if (mine !== seq) return;
        set({ rows: r.rows, total: r.total, status: 'ready', isDirty: false });
      } catch (e) {
        if (mine !== seq) return;
        set({ status: 'error' });
        notify(e);
      }
    },
    async open(id) {
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
        set({ isDirty: true });
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
    async linkReply(id, outgoingId) {
      try {
        const rec = await getApi().incoming.get({ id });
        if (rec.replyIds.includes(outgoingId)) return;
        const updated = await getApi().incoming.update({ id, replyIds: [...rec.replyIds, outgoingId] });
        if (get().current?.id === id) set({ current: updated });
      } catch (e) {
        notify(e);
      }
    },
    async attachment(id) {
      try {
        return await getApi().incoming.attachment({ id });
      } catch (e) {
        notify(e);
        return null;
      }
    },
  };
});
