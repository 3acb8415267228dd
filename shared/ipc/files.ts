// Files crossing the boundary. Desktop: save/open dialogs run in main, the renderer never names a
// path. Browser mode: the same bytes become a download or come from an <input type=file>.
import { z } from 'zod';
import { defineChannel } from './define';

/** Kinds of files the app saves or opens; each maps to dialog filters and an <input accept>. */
export const FILE_KINDS = {
  docx: { label: 'Tài liệu Word (.docx)', extensions: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { label: 'Tài liệu PDF (.pdf)', extensions: ['pdf'], mime: 'application/pdf' },
  doc: { label: 'Tài liệu Word 97-2003 (.doc)', extensions: ['doc'], mime: 'application/msword' },
  text: { label: 'Văn bản thuần (.txt)', extensions: ['txt'], mime: 'text/plain' },
  csv: { label: 'Bảng CSV (.csv)', extensions: ['csv'], mime: 'text/csv' },
  json: { label: 'Dữ liệu JSON (.json)', extensions: ['json'], mime: 'application/json' },
  xlsx: { label: 'Bảng tính Excel (.xlsx)', extensions: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  backup: { label: 'Bản sao lưu (.sqlite)', extensions: ['sqlite'], mime: 'application/vnd.sqlite3' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
export const fileKinds = Object.keys(FILE_KINDS) as [FileKind, ...FileKind[]];

/** Largest single file that crosses IPC or the bridge. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
export const MAX_OPEN_FILES = 20;


export type PickedFile = { name: string; size: number; dataBase64: string };
/**
 * A file main made for the user (an exported document, a printed register): saved where the user chose in
 * the desktop save dialog, or handed back for the browser to download (browser mode has no dialogs).
 * Bytes only ever go main → renderer.
 */
export type Delivered =
  | { status: 'saved'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'download'; fileName: string; mime: string; dataBase64: string };
export type OpenFilesResult = { status: 'opened'; files: PickedFile[] } | { status: 'cancelled' };

export const filesContract = {
  /** Desktop only: shows the open dialog in main and returns the chosen files' bytes. */
  'files:openIncoming': defineChannel(
    z.strictObject({ kinds: z.array(z.enum(fileKinds)).min(1).max(fileKinds.length), multiple: z.boolean().default(false) }),
  ).returns<OpenFilesResult>(),
} as const;
