import { create } from 'zustand';
import type { ApiOutput } from '../../shared/ipc/contract';
import { getApi } from '../api/client';
import { useNotifications } from './notificationsStore';

export type ImportResult = ApiOutput<'importer:extract'>;
export type ImportSource = { fileName: string; mime: string; dataBase64: string } | { text: string };
/** OCR of a scan in progress: page `page` of `pages` (0 of 0 while the file is being opened). */
export type OcrProgress = { page: number; pages: number };

type ImporterState = {
  busy: boolean;
  /** Set while a scan is being read by OCR (polled from importer:progress). */
  progress: OcrProgress | null;
  /** Reads a file or pasted text into text + metadata; null (and a notification) on failure or cancel. */
  extract: (source: ImportSource) => Promise<ImportResult | null>;
  /** Stops the file being read (OCR of a scan); its extract then resolves to null. */
  cancel: () => void;
};

const POLL_MS = 400;
let running: string | null = null;
let seq = 0;

export const useImporterStore = create<ImporterState>((set) => ({
  busy: false,
  progress: null,
  async extract(source) {
    set({ busy: true, progress: null });
    if ('text' in source) {
      try {
        return await getApi().importer.extract({ text: source.text });
      } catch (e) {
        useNotifications.getState().push(e);
        return null;
      } finally {
        set({ busy: false });
      }
    }
    // A job id lets the dialog show OCR progress per page and cancel (there is no push channel).
    const jobId = `imp-${Date.now().toString(36)}-${++seq}`;
    running = jobId;
    const poll = setInterval(() => {
      void getApi()
        .importer.progress({ jobId })
        .then((p) => {
          if (running === jobId && p.running && p.pages > 0) set({ progress: { page: p.page, pages: p.pages } });
        })
        .catch(() => undefined);
    }, POLL_MS);
    try {
      return await getApi().importer.extract({ fileName: source.fileName, dataBase64: source.dataBase64, jobId });
    } catch (e) {
      useNotifications.getState().push(e);
      return null;
    } finally {
      clearInterval(poll);
      if (running === jobId) running = null;
      set({ busy: false, progress: null });
    }
  },
  cancel() {
    if (running) void getApi().importer.cancel({ jobId: running }).catch(() => undefined);
  },
}));
