// Reading a ZIP safely: the central directory is inspected first (entry count, declared sizes,
// compression ratio, encryption) and only the few parts we need are inflated, each into a buffer
// of its declared size, so a lying header cannot make us allocate more (fflate writes no further).
import { inflateSync } from 'fflate';
import { LIMITS, importErrors } from './errors';

export type ZipEntry = { name: string; method: number; csize: number; usize: number; offset: number; encrypted: boolean };

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) => (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/** The central directory, validated against the limits; throws a Vietnamese AppError otherwise. */
export function readCentralDirectory(b: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw importErrors.corruptZip();
  const count = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw importErrors.zipBomb(); // ZIP64: never needed for a letter
  if (count > LIMITS.maxEntries) throw importErrors.zipBomb();
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw importErrors.corruptZip();
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const csize = u32(b, p + 20);
    const usize = u32(b, p + 24);
    const nlen = u16(b, p + 28);
    const elen = u16(b, p + 30);
    const clen = u16(b, p + 32);
    const offset = u32(b, p + 42);
    if (usize === 0xffffffff || csize === 0xffffffff) throw importErrors.zipBomb();
    const name = decoder.decode(b.subarray(p + 46, p + 46 + nlen));
    total += usize;
    if (total > LIMITS.maxArchiveBytes) throw importErrors.zipBomb();
    entries.set(name, { name, method, csize, usize, offset, encrypted: (flags & 1) === 1 });
    p += 46 + nlen + elen + clen;
  }
  return entries;
}

/** Inflates one entry after checking its declared size and ratio. */
export function readEntry(b: Uint8Array, e: ZipEntry): Uint8Array {
  if (e.encrypted) throw importErrors.encryptedDocx();
  if (e.usize > LIMITS.maxPartBytes) throw importErrors.zipBomb();
  if (e.usize > 1024 * 1024 && e.usize / Math.max(1, e.csize) > LIMITS.maxRatio) throw importErrors.zipBomb();
  if (e.offset + 30 > b.length || u32(b, e.offset) !== 0x04034b50) throw importErrors.corruptZip();
  const start = e.offset + 30 + u16(b, e.offset + 26) + u16(b, e.offset + 28);
  const data = b.subarray(start, start + e.csize);
  if (data.length < e.csize) throw importErrors.corruptZip();
  if (e.method === 0) return data.slice(0, e.usize);
  if (e.method !== 8) throw importErrors.corruptZip();
  try {
    const out = inflateSync(data, { out: new Uint8Array(e.usize) });
    return out.length === e.usize ? out : out.subarray(0, e.usize);
  } catch {
    throw importErrors.corruptZip();
  }
}
