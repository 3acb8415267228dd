// Native dialogs, injected into services so that paths are always chosen in main by the user.
// Headless (browser mode, CLI, tests without a fake): no provider, and the renderer downloads/uploads.
import type { BrowserWindow, Dialog } from 'electron';
import { FILE_KINDS, type FileKind } from '../../shared/ipc/files';

export type FileFilter = { name: string; extensions: string[] };

export type DialogProvider = {
  /** Resolves the chosen path, or null when cancelled. */
  showSaveDialog: (o: { title: string; suggestedName: string; filters: FileFilter[] }) => Promise<string | null>;
  showOpenDialog: (o: { title: string; filters: FileFilter[]; multiple: boolean }) => Promise<string[]>;
  showFolderDialog: (o: { title: string }) => Promise<string | null>;
  /** A yes/no question; resolves true only on the explicit confirm button. */
  confirm: (o: { message: string; detail?: string; confirmLabel: string; cancelLabel: string }) => Promise<boolean>;
};

export const filtersFor = (kinds: readonly FileKind[]): FileFilter[] =>
  kinds.map((k) => ({ name: FILE_KINDS[k].label, extensions: [...FILE_KINDS[k].extensions] }));

/** The Electron implementation: thin, every dialog modal to the app window. */
export function createElectronDialogs(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>, getWindow: () => BrowserWindow | null): DialogProvider {
  return {
    async showSaveDialog({ title, suggestedName, filters }) {
      const win = getWindow();
      const opts = { title, defaultPath: suggestedName, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'> };
      const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async showOpenDialog({ title, filters, multiple }) {
      const win = getWindow();
      const props: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
      const opts = { title, filters, properties: props };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? [] : r.filePaths;
    },
    async showFolderDialog({ title }) {
      const win = getWindow();
      const opts = { title, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    async confirm({ message, detail, confirmLabel, cancelLabel }) {
      const win = getWindow();
      const opts = { type: 'warning' as const, message, ...(detail ? { detail } : {}), buttons: [cancelLabel, confirmLabel], defaultId: 0, cancelId: 0, noLink: true };
      const r = win ? await dialog.showMessageBox(win, opts) : await dialog.showMessageBox(opts);
      return r.response === 1;
    },
  };
}
