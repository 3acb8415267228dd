// Saving files the app produced: desktop shows the save dialog in main (files:saveOutgoing);
// browser mode hands the bytes to the browser as a download.
import { create } from 'zustand';
import type { FileKind } from '../../shared/ipc/files';
import { getApi } from '../api/client';
import { vi } from '../i18n/vi';
import { downloadBytes } from '../lib/bytes';
import { useNotifications } from './notificationsStore';

type FilesState = {
  dialogs: boolean | null;
  save: (file: { fileName: string; mime: string; dataBase64: string }, kind: FileKind) => Promise<boolean>;
};

const kindOf = (name: string): FileKind | null => {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'pdf' ? 'pdf' : ext === 'docx' ? 'docx' : ext === 'doc' ? 'doc' : ext === 'txt' ? 'text' : null;
};
export { kindOf };

export const useFilesStore = create<FilesState>((set, get) => ({
  dialogs: null,
  async save(file, kind) {
    try {
      let dialogs = get().dialogs;
      if (dialogs === null) {
        dialogs = (await getApi().app.info({})).dialogs;
        set({ dialogs });
      }
      if (!dialogs) {
        downloadBytes(file.fileName, file.mime, file.dataBase64);
        return true;
      }
      const r = await getApi().files.saveOutgoing({ suggestedName: file.fileName, kind, dataBase64: file.dataBase64 });
      if (r.status === 'saved') useNotifications.getState().info(vi.common.savedFile(r.fileName));
      return r.status === 'saved';
    } catch (e) {
      useNotifications.getState().push(e);
      return false;
    }
  },
}));
