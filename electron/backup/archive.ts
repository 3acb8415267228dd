// The portable archive for moving to a new machine: one .zip holding a consistent copy of the
// database (which already contains every record, attachment and rendered file as blobs) and a
// manifest with its sha256, data version and row counts, so an import can check it before use.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';

export const ARCHIVE_FORMAT = 'vanthu-archive';
const DB_ENTRY = 'vanthu.sqlite';
const MANIFEST_ENTRY = 'manifest.json';

export type ArchiveManifest = {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: 1;
  createdAt: string;
  userVersion: number;
  sha256: string;
  size: number;
  rowCounts: Record<string, number>;
};

export function isZip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    fs.closeSync(fd);
  }
}

/** Builds the archive bytes from a consistent, self-contained (rollback-journal) database copy. */
export function buildArchive(dbCopy: string, createdAt: string): Uint8Array {
  const bytes = new Uint8Array(fs.readFileSync(dbCopy));
  const db = new Database(dbCopy, { readonly: true });
  let rowCounts: Record<string, number>;
  let userVersion: number;
  try {
    userVersion = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
    rowCounts = Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT count(*) AS n FROM "${t.name.replace(/"/g, '""')}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: 1,
    createdAt,
    userVersion,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.byteLength,
    rowCounts,
  };
  return zipSync({ [MANIFEST_ENTRY]: strToU8(JSON.stringify(manifest, null, 2)), [DB_ENTRY]: [bytes, { level: 6 }] });
}

/** The database bytes of an archive, after checking the manifest and the checksum. */
export function readArchive(file: string): Uint8Array {
  const bad = (why: string) => new AppError('VALIDATION', `Tệp lưu trữ "${file.split(/[\\/]/).pop()}" không dùng được: ${why} Dữ liệu hiện tại không bị thay đổi.`);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(fs.readFileSync(file)));
  } catch {
    throw bad('tệp nén bị hỏng.');
  }
  const m = entries[MANIFEST_ENTRY];
  const data = entries[DB_ENTRY];
  if (!m || !data) throw bad('không phải tệp lưu trữ của Văn thư Tuyên giáo.');
  let manifest: Partial<ArchiveManifest>;
  try {
    manifest = JSON.parse(strFromU8(m)) as Partial<ArchiveManifest>;
  } catch {
    throw bad('tệp mô tả (manifest) hỏng.');
  }
  if (manifest.format !== ARCHIVE_FORMAT) throw bad('không phải tệp lưu trữ của Văn thư Tuyên giáo.');
  if (createHash('sha256').update(data).digest('hex') !== manifest.sha256) throw bad('mã kiểm tra (sha256) không khớp — tệp đã bị thay đổi hoặc chép thiếu.');
  return data;
}
