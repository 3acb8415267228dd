import { create } from 'zustand';
import type { IncomingMetadata } from '../../shared/parse/types';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

export type ImportResult = { text: string; metadata: IncomingMetadata; warnings: { code: string; message: string }[] };
export type ImportSource = { fileName: string; mime: string; dataBase64: string } | { text: string };

// importer:extract is being wired by the parser engineer; until it lands the call reports so.
type ExtractInput = { fileName: string; dataBase64: string } | { text: string };
type MaybeImporter = { importer?: { extract?: (input: ExtractInput) => Promise<ImportResult> } };

type ImporterState = {
  busy: boolean;
  /** Reads a file or pasted text into text + metadata; null (and a notification) on failure. */
  extract: (source: ImportSource) => Promise<ImportResult | null>;
};

export const useImporterStore = create<ImporterState>((set) => ({
  busy: false,
  async extract(source) {
    const fn = (getApi() as unknown as MaybeImporter).importer?.extract;
    if (!fn) {
      useNotifications.getState().push('Chức năng đọc văn bản chưa sẵn sàng trong phiên bản này.');
      return null;
    }
    set({ busy: true });
    try {
      return await fn('text' in source ? { text: source.text } : { fileName: source.fileName, dataBase64: source.dataBase64 });
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    } finally {
      set({ busy: false });
    }
  },
}));
