// Files in the renderer, the same calls in both modes: desktop asks main (files:* channels, native
// dialogs, the renderer never names a path); browser mode downloads and uses <input type=file>.
import { FILE_KINDS, MAX_FILE_BYTES, type FileKind, type PickedFile } from '../../shared/ipc/files';
import type { AppApi } from '../../shared/ipc/contract';
import { getApi } from './client';
import type { Doc } from './download';

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const acceptOf = (kinds: readonly FileKind[]) => kinds.flatMap((k) => FILE_KINDS[k].extensions.map((e) => `.${e}`)).join(',');

/** Browser mode: an <input type=file>; resolves [] when the user closes the picker. */
export function pickFiles(opts: { kinds: readonly FileKind[]; multiple?: boolean }, doc: Doc = document): Promise<PickedFile[]> {
  return new Promise((resolve, reject) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptOf(opts.kinds);
    input.multiple = opts.multiple ?? false;
    input.addEventListener('cancel', () => resolve([]));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      const tooBig = files.find((f) => f.size > MAX_FILE_BYTES);
      if (tooBig) return reject(new Error(`Tệp "${tooBig.name}" quá lớn (tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB).`));
      Promise.all(files.map(async (f) => ({ name: f.name, size: f.size, dataBase64: bytesToBase64(new Uint8Array(await f.arrayBuffer())) }))).then(resolve, reject);
    });
    input.click();
  });
}

let dialogs: Promise<boolean> | null = null;
const hasDialogs = (api: AppApi) => (dialogs ??= api.app.info({}).then((i) => i.dialogs));
export const resetFilesForTests = () => {
  dialogs = null;
};

/** Lets the user choose files to read: a native open dialog in desktop, a file picker in browser mode. */
export async function openFiles(opts: { kinds: FileKind[]; multiple?: boolean }, api: AppApi = getApi(), doc?: Doc): Promise<PickedFile[]> {
  if (await hasDialogs(api)) {
    const r = await api.files.openIncoming({ kinds: opts.kinds, multiple: opts.multiple ?? false });
    return r.status === 'opened' ? r.files : [];
  }
  return pickFiles(opts, doc);
}
