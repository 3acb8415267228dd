// Saving and opening files through the injected dialogs. The renderer sends bytes and a suggested
// name at most; the path is always the one the user picked in a native dialog in main.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { FILE_KINDS, MAX_FILE_BYTES, MAX_OPEN_FILES, type Delivered, type FileKind } from '../../shared/ipc/files';
import { writeFileAtomic } from './atomicFile';
import { filtersFor, type DialogProvider } from './dialogs';

export const NO_DIALOGS_MESSAGE = 'Chế độ trình duyệt không có hộp thoại chọn tệp; tệp được tải xuống hoặc tải lên qua trình duyệt.';

/** A file name safe on Windows, macOS and Linux: no separators, reserved characters or device names. */
export function safeFileName(name: string, kind: FileKind): string {
  const ext = FILE_KINDS[kind].extensions[0];
  let base = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(base)) base = `_${base}`;
  if (!base) base = 'van-ban';
  if (base.length > 150) base = base.slice(0, 150).trim();
  return base.toLowerCase().endsWith(`.${ext}`) ? base : `${base}.${ext}`;
}

/** Adds the kind's extension when the user typed a name without one. */
export function withExtension(file: string, kind: FileKind): string {
  const exts: readonly string[] = FILE_KINDS[kind].extensions;
  const ext = path.extname(file).slice(1).toLowerCase();
  return exts.includes(ext) ? file : `${file}.${exts[0]}`;
}

export type SaveResult = { status: 'saved'; fileName: string; filePath: string } | { status: 'cancelled' };
export type OpenedFile = { name: string; size: number; bytes: Uint8Array };

export function createFilesService(deps: { dialogs?: DialogProvider; maxBytes?: number }) {
  const maxBytes = deps.maxBytes ?? MAX_FILE_BYTES;
  const need = (): DialogProvider => {
    if (!deps.dialogs) throw new AppError('CONFLICT', NO_DIALOGS_MESSAGE);
    return deps.dialogs;
  };
  async function saveFile(o: { suggestedName: string; bytes: Uint8Array; kind: FileKind; title?: string }): Promise<SaveResult> {
    const dialogs = need();
    if (o.bytes.length > maxBytes) throw new AppError('VALIDATION', 'Tệp quá lớn để lưu.');
    const chosen = await dialogs.showSaveDialog({ title: o.title ?? 'Lưu tệp', suggestedName: safeFileName(o.suggestedName, o.kind), filters: filtersFor([o.kind]) });
    if (!chosen) return { status: 'cancelled' };
    const file = withExtension(path.resolve(chosen), o.kind);
    try {
      writeFileAtomic(file, o.bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new AppError('IO', `Không ghi được tệp "${path.basename(file)}"${code === 'EACCES' || code === 'EPERM' ? ': không có quyền ghi vào thư mục này' : ''}. Hãy chọn nơi lưu khác.`);
    }
    return { status: 'saved', fileName: path.basename(file), filePath: file };
  }

  return {
    hasDialogs: () => deps.dialogs !== undefined,
    saveFile,

    /** A file main made: the save dialog in the desktop app, a download in browser mode. */
    async deliver(o: { suggestedName: string; bytes: Uint8Array; kind: FileKind; title?: string }): Promise<Delivered> {
      if (!deps.dialogs) {
        const name = safeFileName(o.suggestedName, o.kind);
        return { status: 'download', fileName: name, mime: FILE_KINDS[o.kind].mime, dataBase64: Buffer.from(o.bytes).toString('base64') };
      }
      const r = await saveFile(o);
      return r.status === 'saved' ? { status: 'saved', fileName: r.fileName } : r;
    },

    async openFiles(o: { kinds: readonly FileKind[]; multiple: boolean; title?: string }): Promise<{ status: 'opened'; files: OpenedFile[] } | { status: 'cancelled' }> {
      const dialogs = need();
      const paths = await dialogs.showOpenDialog({ title: o.title ?? 'Chọn tệp', filters: filtersFor(o.kinds), multiple: o.multiple });
      if (paths.length === 0) return { status: 'cancelled' };
      if (paths.length > MAX_OPEN_FILES) throw new AppError('VALIDATION', `Chỉ mở được tối đa ${MAX_OPEN_FILES} tệp một lần.`);
      const files: OpenedFile[] = [];
      for (const p of o.multiple ? paths : paths.slice(0, 1)) {
        const name = path.basename(p);
        let st: fs.Stats;
        try {
          st = fs.statSync(p);
        } catch {
          throw new AppError('IO', `Không đọc được tệp "${name}".`);
        }
        if (!st.isFile()) throw new AppError('VALIDATION', `"${name}" không phải là tệp.`);
        if (st.size > maxBytes) throw new AppError('VALIDATION', `Tệp "${name}" quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`);
        try {
          files.push({ name, size: st.size, bytes: fs.readFileSync(p) });
        } catch {
          throw new AppError('IO', `Không đọc được tệp "${name}".`);
        }
      }
      return { status: 'opened', files };
    },
  };
}
export type FilesService = ReturnType<typeof createFilesService>;
