// Handling of incoming documents (issue 14): the open record's instruction, step and timeline,
// the due list behind the "Sắp đến hạn" view and the "Quá hạn" badge, and the printed forms.
import { create } from 'zustand';
import type { DueList, Handling, HandlingSettings, InstructionInput, PrintInput } from '../../shared/domain/handling';
import type { Delivered } from '../../shared/ipc/files';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

type HandlingState = {
  current: Handling | null;
  due: DueList | null;
  load: (id: number) => Promise<void>;
  instruct: (input: InstructionInput) => Promise<boolean>;
  advance: (id: number, note?: string) => Promise<boolean>;
  reopen: (id: number, reason: string) => Promise<boolean>;
  note: (id: number, text: string) => Promise<boolean>;
  loadDue: () => Promise<DueList | null>;
  /** Prints a form in main; the PDF is saved (desktop dialog) or downloaded (browser). Null when cancelled or failed. */
  print: (input: PrintInput) => Promise<{ rows: number; pages: number } | null>;
  /** Working days or calendar days, for the hint under the deadline. */
  workingDays: boolean;
  settings: HandlingSettings | null;
  loadSettings: () => Promise<void>;
  saveSettings: (s: HandlingSettings) => Promise<boolean>;
  /** A copy of the record's PDF with the ĐẾN stamp. */
  stamp: (id: number) => Promise<boolean>;
};

const notify = (e: unknown) => useNotifications.getState().push(e);
/** Loaded when a file arrives: the files store reaches the files contract (zod), which the first screen must not load. */
const receive = async (d: Delivered) =>
  (await import('./filesStore')).useFilesStore.getState().receive(d);

export const useHandlingStore = create<HandlingState>((set, get) => {
  /** A change to the open record: keep the answer, refresh the badge. */
  const change = async (fn: () => Promise<Handling>): Promise<boolean> => {
    try {
      set({ current: await fn() });
      void get().loadDue();
      return true;
    } catch (e) {
      notify(e);
      return false;
    }
  };
  return {
    current: null,
    due: null,
    workingDays: false,
    async load(id) {
      try {
        set({ current: await getApi().handling.get({ id }) });
      } catch (e) {
        notify(e);
      }
    },
    instruct: (input) => change(() => getApi().handling.instruct(input)),
    advance: (id, note = '') => change(() => getApi().handling.advance({ id, note })),
    reopen: (id, reason) => change(() => getApi().handling.reopen({ id, reason })),
    note: (id, text) => change(() => getApi().handling.note({ id, text })),
    async loadDue() {
      try {
        const due = await getApi().incoming.due({});
        set({ due });
        return due;
      } catch (e) {
        notify(e);
        return null;
      }
    },
    async print(input) {
      try {
        const r = await getApi().handling.print(input);
        return (await receive(r.delivered)) ? { rows: r.rows, pages: r.pages } : null;
      } catch (e) {
        notify(e);
        return null;
      }
    },
    settings: null,
    async loadSettings() {
      try {
        const settings = await getApi().handling.settings({});
        set({ settings, workingDays: settings.dayCount === 'working' });
      } catch (e) {
        notify(e);
      }
    },
    async saveSettings(input) {
      try {
        const settings = await getApi().handling.setSettings(input);
        set({ settings, workingDays: settings.dayCount === 'working' });
        void get().loadDue();
        return true;
      } catch (e) {
        notify(e);
        return false;
      }
    },
    async stamp(id) {
      try {
        return await receive((await getApi().handling.stamp({ id })).delivered);
      } catch (e) {
        notify(e);
        return false;
      }
    },
  };
});
