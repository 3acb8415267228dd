import { create } from 'zustand';
import type { IssueInput, NumberPreview, OutgoingDocument, OutgoingFileKind, OutgoingStatus, OutgoingSummary, SeriesInput } from '../../shared/domain/outgoing';
import type { ApiInput, ApiOutput } from '../../shared/ipc/contract';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type Status = 'idle' | 'loading' | 'ready' | 'error';
export type OutgoingFilters = { year: number | null; typeCode: string; status: OutgoingStatus | '' };
export type OutgoingFile = ApiOutput<'outgoing:file'>;
export const OUTGOING_PAGE_SIZE = 50;

type OutgoingState = {
  query: string;
  filters: OutgoingFilters;
  page: number;
  rows: OutgoingSummary[];
  total: number;
  status: Status;
  isDirty: boolean;
  setQuery: (q: string) => void;
  setFilters: (f: Partial<OutgoingFilters>) => void;
  setPage: (p: number) => void;
  load: (force?: boolean) => Promise<void>;
  get: (id: number) => Promise<OutgoingDocument | null>;
  issue: (input: ApiInput<'outgoing:issue'>) => Promise<OutgoingDocument | null>;
  voidDoc: (id: number, reason: string) => Promise<OutgoingDocument | null>;
  peek: (input: ApiInput<'outgoing:peekNumber'>) => Promise<NumberPreview | null>;
  file: (id: number, kind: OutgoingFileKind) => Promise<OutgoingFile | null>;
  registerReport: (from: string, to: string) => Promise<ApiOutput<'outgoing:registerReport'> | null>;
};

let seq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const notify = (e: unknown) => useNotifications.getState().push(e);
async function attempt<T>(fn: () => Promise<T>, quiet = false): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    if (!quiet) notify(e);
    return null;
  }
}

export const useOutgoingStore = create<OutgoingState>((set, get) => {
  const reloadSoon = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().load(true), delay);
  };
  return {
    query: '',
    filters: { year: null, typeCode: '', status: '' },
    page: 1,
    rows: [],
    total: 0,
    status: 'idle',
    isDirty: true,
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
      if (!force && !get().isDirty) return;
      const { query, filters, page } = get();
      const mine = ++seq;
      set({ status: 'loading' });
      try {
        const r = await getApi().outgoing.list({
          ...(query.trim() ? { query: query.trim() } : {}),
          ...(filters.year ? { year: filters.year } : {}),
          ...(filters.typeCode ? { typeCode: filters.typeCode } : {}),
          ...(filters.status ? { status: filters.status } : {}),
          page,
          pageSize: OUTGOING_PAGE_SIZE,
        });
        if (mine !== seq) return;
        set({ rows: r.rows, total: r.total, status: 'ready', isDirty: false });
      } catch (e) {
        if (mine !== seq) return;
        set({ status: 'error' });
        notify(e);
      }
    },
    get: (id) => attempt(() => getApi().outgoing.get({ id })),
    async issue(input) {
      const doc = await attempt(() => getApi().outgoing.issue(input));
      if (doc) {
        set({ isDirty: true });
        await get().load(true);
      }
      return doc;
    },
    async voidDoc(id, reason) {
      const doc = await attempt(() => getApi().outgoing.void({ id, reason }));
      if (doc) {
        set({ isDirty: true });
        await get().load(true);
      }
      return doc;
    },
    // A preview number that cannot be computed (e.g. no term yet) is not worth a notification.
    peek: (input) => attempt(() => getApi().outgoing.peekNumber(input), true),
    file: (id, kind) => attempt(() => getApi().outgoing.file({ id, kind })),
    registerReport: (from, to) => attempt(() => getApi().outgoing.registerReport({ from, to })),
  };
});

export type { IssueInput, SeriesInput };
