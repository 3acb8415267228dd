// Saving files the app produced, through the shell's helper: desktop shows the save dialog in
// main (files:saveOutgoing); browser mode hands the bytes to the browser as a download.
import { create } from 'zustand';
import type { FileKind } from '../../shared/ipc/files';
import { saveFile } from '../api/files';
import { vi } from '../i18n/vi';
import { useNotifications } from './notificationsStore';

type FilesState = {
  save: (file: { fileName: string; mime: string; dataBase64: string }, kind: FileKind) => Promise<boolean>;
};

export const kindOf = (name: string): FileKind | null => {
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'pdf' ? 'pdf' : ext === 'docx' ? 'docx' : ext === 'doc' ? 'doc' : ext === 'txt' ? 'text' : null;
};

export const useFilesStore = create<FilesState>(() => ({
  async save(file, kind) {
    try {
      const r = await saveFile({ suggestedName: file.fileName, kind, dataBase64: file.dataBase64 });
      if (r.status === 'saved') useNotifications.getState().info(vi.common.savedFile(r.fileName));
      return r.status !== 'cancelled';
    } catch (e) {
      useNotifications.getState().push(e);
      return false;
    }
  },
}));
