// The paged, searchable list both registers share: typing re-queries after a short pause, filter and
// page changes re-query at once, and a slower, older answer never overwrites a newer one.
import { useNotifications } from './notificationsStore';

export type ListStatus = 'idle' | 'loading' | 'ready' | 'error';

export type RegisterList<F, R> = {
  query: string;
  filters: F;
  page: number;
  rows: R[];
  total: number;
  status: ListStatus;
  isDirty: boolean;
  setQuery: (q: string) => void;
  setFilters: (f: Partial<F>) => void;
  setPage: (p: number) => void;
  load: (force?: boolean) => Promise<void>;
};

export type PageRequest<F> = { query: string; filters: F; page: number };

export function registerListSlice<F, R>(
  set: (partial: Partial<RegisterList<F, R>>) => void,
  get: () => RegisterList<F, R>,
  initialFilters: F,
  fetchPage: (req: PageRequest<F>) => Promise<{ rows: R[]; total: number }>,
): RegisterList<F, R> {
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reloadSoon = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().load(true), delay);
  };
  return {
    query: '',
    filters: initialFilters,
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
      if (!force && (!get().isDirty || get().status === 'loading')) return;
      const { query, filters, page } = get();
      const mine = ++seq;
      set({ status: 'loading' });
      try {
        const r = await fetchPage({ query: query.trim(), filters, page });
        if (mine !== seq) return;
        set({ rows: r.rows, total: r.total, status: 'ready', isDirty: false });
      } catch (e) {
        if (mine !== seq) return;
        set({ status: 'error' });
        useNotifications.getState().push(e);
      }
    },
  };
}
