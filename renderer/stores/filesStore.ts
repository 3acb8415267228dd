// Files main made for the user: the desktop app already saved them through its dialog; browser mode
// gets the bytes back and hands them to the browser as a download. Nothing is sent up to be written.
import { create } from 'zustand';
import type { Delivered } from '../../shared/ipc/files';
import { downloadBytes } from '../api/download';
import { vi } from '../i18n/vi';
import { useNotifications } from './notificationsStore';

type FilesState = {
  /** Finishes a delivery; false when the user cancelled the save dialog. */
  receive: (d: Delivered) => Promise<boolean>;
};

export const useFilesStore = create<FilesState>(() => ({
  async receive(d) {
    if (d.status === 'cancelled') return false;
    if (d.status === 'download') downloadBytes(d.fileName, d.mime, d.dataBase64);
    else useNotifications.getState().info(vi.common.savedFile(d.fileName));
    return true;
  },
}));
