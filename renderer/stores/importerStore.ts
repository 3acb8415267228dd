import { create } from 'zustand';
import type { ApiOutput } from '../../shared/ipc/contract';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

export type ImportResult = ApiOutput<'importer:extract'>;
export type ImportSource = { fileName: string; mime: string; dataBase64: string } | { text: string };

type ImporterState = {
  busy: boolean;
  /** Reads a file or pasted text into text + metadata; null (and a notification) on failure. */
  extract: (source: ImportSource) => Promise<ImportResult | null>;
};

export const useImporterStore = create<ImporterState>((set) => ({
  busy: false,
  async extract(source) {
    set({ busy: true });
    try {
      return await getApi().importer.extract('text' in source ? { text: source.text } : { fileName: source.fileName, dataBase64: source.dataBase64 });
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    } finally {
      set({ busy: false });
    }
  },
}));
