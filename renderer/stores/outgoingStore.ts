import type { PaperSize } from '../../shared/document/paper';
import { create } from 'zustand';
import type { NumberPreview, OutgoingDocument, OutgoingFileKind, OutgoingStatus, OutgoingSummary } from '../../shared/domain/outgoing';
import type { ApiInput, ApiOutput } from '../../shared/ipc/contract';
import { getApi } from '../api/client';
import { useFilesStore } from './filesStore';
import { useNotifications } from './notificationsStore';
import { registerListSlice, type RegisterList } from './registerList';

export type OutgoingFilters = { year: number | null; typeCode: string; status: OutgoingStatus | '' };
export type OutgoingFile = ApiOutput<'outgoing:file'>;
export const OUTGOING_PAGE_SIZE = 50;

type OutgoingState = RegisterList<OutgoingFilters, OutgoingSummary> & {
  get: (id: number) => Promise<OutgoingDocument | null>;
  /** Issues a compose draft (main validates, numbers, renders, stores, links the reply, drops the draft). */
  issueDraft: (input: ApiInput<'outgoing:issueDraft'>) => Promise<OutgoingDocument | null>;
  /** Saves an issued document's file (desktop dialog or browser download), optionally with the incoming PDF. */
  exportDoc: (id: number, kind: OutgoingFileKind, withIncoming?: boolean) => Promise<boolean>;
  voidDoc: (id: number, reason: string) => Promise<OutgoingDocument | null>;
  peek: (input: ApiInput<'outgoing:peekNumber'>) => Promise<NumberPreview | null>;
  file: (id: number, kind: OutgoingFileKind) => Promise<OutgoingFile | null>;
  /** Prints the register for a date range and saves it; null when nothing was saved. */
  registerReport: (from: string, to: string, paper?: PaperSize) => Promise<{ rows: number; pages: number } | null>;
};

const notify = (e: unknown) => useNotifications.getState().push(e);
async function attempt<T>(fn: () => Promise<T>, quiet = false): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    if (!quiet) notify(e);
    return null;
  }
}

export const useOutgoingStore = create<OutgoingState>((set, get) => ({
  ...registerListSlice<OutgoingFilters, OutgoingSummary>(set, get, { year: null, typeCode: '', status: '' }, ({ query, filters, page }) =>
    getApi().outgoing.list({
      ...(query ? { query } : {}),
      ...(filters.year ? { year: filters.year } : {}),
      ...(filters.typeCode ? { typeCode: filters.typeCode } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      page,
      pageSize: OUTGOING_PAGE_SIZE,
    }),
  ),
    get: (id) => attempt(() => getApi().outgoing.get({ id })),
    async issueDraft(input) {
      const doc = await attempt(() => getApi().outgoing.issueDraft(input));
      // The register reloads when it is shown next, not now: issuing stays one round trip.
      if (doc) set({ isDirty: true });
      return doc;
    },
    async exportDoc(id, kind, withIncoming = false) {
      const d = await attempt(() => getApi().outgoing.export({ id, kind, withIncoming }));
      return d ? useFilesStore.getState().receive(d) : false;
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
    async registerReport(from, to, paper) {
      const r = await attempt(() => getApi().outgoing.registerReport({ from, to, ...(paper ? { paper } : {}) }));
      return r && (await useFilesStore.getState().receive(r.delivered)) ? { rows: r.rows, pages: r.pages } : null;
    },
}));

