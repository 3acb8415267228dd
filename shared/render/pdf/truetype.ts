// A small TrueType reader and subsetter, just what the PDF renderer needs: cmap (formats 4 and 12),
// advance widths, vertical metrics, and a subset that keeps glyph ids (unused glyphs emptied, so
// CID = GID and composite glyphs need no renumbering). fontkit costs ~200 ms of CPU to load and its
// subsetter dominates a render; this does the same job in a few milliseconds.

import { AppError } from '../../errors';

export type TrueTypeFont = {
  bytes: Uint8Array;
  unitsPerEm: number;
  numGlyphs: number;
  /** hhea ascent/descent/lineGap and head bbox, in font units (descent negative). */
  ascent: number;
  descent: number;
  lineGap: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  underlinePosition: number;
  underlineThickness: number;
  capHeight: number;
  postscriptName: string;
  /** Code point → glyph id (only mapped code points). */
  cmap: Map<number, number>;
  /** Advance width per glyph id, in font units. */
  advances: Uint16Array;
  tables: Map<string, { offset: number; length: number }>;
  /** Byte offsets of each glyph in glyf (numGlyphs + 1 entries). */
  loca: Uint32Array;
};

const tag = (v: DataView, o: number) => String.fromCharCode(v.getUint8(o), v.getUint8(o + 1), v.getUint8(o + 2), v.getUint8(o + 3));

export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  const numTables = v.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const r = 12 + i * 16;
    tables.set(tag(v, r), { offset: v.getUint32(r + 8), length: v.getUint32(r + 12) });
  }
  const t = (name: string) => {
    const e = tables.get(name);
    if (!e) throw new AppError('IO', `Tệp phông chữ không dùng được: thiếu bảng ${name.trim()}.`);
    return e.offset;
  };
  const head = t('head');
  const hhea = t('hhea');
  const post = tables.get('post')?.offset;
  const unitsPerEm = v.getUint16(head + 18);
  const longLoca = v.getInt16(head + 50) === 1;
  const numGlyphs = v.getUint16(t('maxp') + 4);
  const numHMetrics = v.getUint16(hhea + 34);
  const advances = new Uint16Array(numGlyphs);
  const hmtx = t('hmtx');
  for (let g = 0; g < numGlyphs; g++) advances[g] = v.getUint16(hmtx + 4 * Math.min(g, numHMetrics - 1));
  const loca = new Uint32Array(numGlyphs + 1);
  const locaAt = t('loca');
  for (let g = 0; g <= numGlyphs; g++) loca[g] = longLoca ? v.getUint32(locaAt + 4 * g) : v.getUint16(locaAt + 2 * g) * 2;
  const os2 = tables.get('OS/2');
  const capHeight = os2 && v.getUint16(os2.offset) >= 2 ? v.getInt16(os2.offset + 88) : Math.round(v.getInt16(hhea + 4) * 0.7);
  return {
    bytes,
    unitsPerEm,
    numGlyphs,
    ascent: v.getInt16(hhea + 4),
    descent: v.getInt16(hhea + 6),
    lineGap: v.getInt16(hhea + 8),
    bbox: [v.getInt16(head + 36), v.getInt16(head + 38), v.getInt16(head + 40), v.getInt16(head + 42)],
    italicAngle: post === undefined ? 0 : v.getInt32(post + 4) / 65536,
    underlinePosition: post === undefined ? -unitsPerEm / 10 : v.getInt16(post + 8),
    underlineThickness: post === undefined ? unitsPerEm / 20 : v.getInt16(post + 10),
    capHeight,
    postscriptName: postscriptName(v, tables.get('name')?.offset),
    cmap: tables.has('cmap') ? parseCmap(v, t('cmap')) : new Map(),
    advances,
    tables,
    loca,
  };
}

function postscriptName(v: DataView, at: number | undefined): string {
  if (at === undefined) return 'Font';
  const count = v.getUint16(at + 2);
  const strings = at + v.getUint16(at + 4);
  for (let i = 0; i < count; i++) {
    const r = at + 6 + i * 12;
    if (v.getUint16(r + 6) !== 6) continue;
    const platform = v.getUint16(r);
    const len = v.getUint16(r + 8);
    const off = strings + v.getUint16(r + 10);
    let s = '';
    if (platform === 3 || platform === 0) for (let k = 0; k < len; k += 2) s += String.fromCharCode(v.getUint16(off + k));
    else for (let k = 0; k < len; k++) s += String.fromCharCode(v.getUint8(off + k));
    const clean = s.replace(/[^A-Za-z0-9-]/g, '');
    if (clean) return clean;
  }
  return 'Font';
}

function parseCmap(v: DataView, at: number): Map<number, number> {
  const n = v.getUint16(at + 2);
  let best = -1;
  let bestRank = 0;
  for (let i = 0; i < n; i++) {
    const r = at + 4 + i * 8;
    const platform = v.getUint16(r);
    const encoding = v.getUint16(r + 2);
    const sub = at + v.getUint32(r + 4);
    const format = v.getUint16(sub);
    const rank = format === 12 && (platform === 3 || platform === 0) ? 3 : format === 4 && platform === 3 && encoding === 1 ? 2 : format === 4 && platform === 0 ? 1 : 0;
    if (rank > bestRank) {
      best = sub;
      bestRank = rank;
    }
  }
  const map = new Map<number, number>();
  if (best < 0) return map;
  if (v.getUint16(best) === 12) {
    const groups = v.getUint32(best + 12);
    for (let i = 0; i < groups; i++) {
      const g = best + 16 + i * 12;
      const start = v.getUint32(g);
      const end = v.getUint32(g + 4);
      const gid = v.getUint32(g + 8);
      for (let cp = start; cp <= end && cp - start < 0x10000; cp++) map.set(cp, gid + (cp - start));
    }
    return map;
  }
  const segX2 = v.getUint16(best + 6);
  const ends = best + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = v.getUint16(ends + s);
    const start = v.getUint16(starts + s);
    const delta = v.getInt16(deltas + s);
    const ro = v.getUint16(rangeOffsets + s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let gid: number;
      if (ro === 0) gid = (cp + delta) & 0xffff;
      else {
        const p = rangeOffsets + s + ro + 2 * (cp - start);
        gid = v.getUint16(p);
        if (gid !== 0) gid = (gid + delta) & 0xffff;
      }
      if (gid !== 0) map.set(cp, gid);
    }
  }
  return map;
}

/** Glyph ids used by a composite glyph (empty for simple glyphs). */
function components(font: TrueTypeFont, v: DataView, glyf: number, gid: number): number[] {
  const start = font.loca[gid]!;
  if (font.loca[gid + 1]! <= start) return [];
  let p = glyf + start;
  if (v.getInt16(p) >= 0) return [];
  p += 10;
  const out: number[] = [];
  for (;;) {
    const flags = v.getUint16(p);
    out.push(v.getUint16(p + 2));
    p += 4 + (flags & 0x1 ? 4 : 2);
    if (flags & 0x8) p += 2;
    else if (flags & 0x40) p += 4;
    else if (flags & 0x80) p += 8;
    if (!(flags & 0x20)) return out;
  }
}

/**
 * A font program with the same glyph ids where only `used` glyphs (and .notdef and their
 * components) keep outlines. Tables: those a PDF CIDFontType2 needs (head, hhea, maxp, hmtx, loca,
 * glyf, and the hinting tables when present).
 */
export function subsetTrueType(font: TrueTypeFont, used: Iterable<number>): Uint8Array {
  const v = new DataView(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
  const glyf = font.tables.get('glyf')!.offset;
  const keep = new Set<number>([0]);
  const stack = [...used];
  while (stack.length) {
    const g = stack.pop()!;
    if (g < 0 || g >= font.numGlyphs || keep.has(g)) continue;
    keep.add(g);
    stack.push(...components(font, v, glyf, g));
  }
  for (const g of [...keep]) for (const c of components(font, v, glyf, g)) keep.add(c);

  let size = 0;
  for (const g of keep) size += (font.loca[g + 1]! - font.loca[g]! + 3) & ~3;
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array(4 * (font.numGlyphs + 1));
  const lv = new DataView(newLoca.buffer);
  let at = 0;
  for (let g = 0; g < font.numGlyphs; g++) {
    lv.setUint32(4 * g, at);
    if (!keep.has(g)) continue;
    const a = font.loca[g]!;
    const b = font.loca[g + 1]!;
    newGlyf.set(font.bytes.subarray(glyf + a, glyf + b), at);
    at += (b - a + 3) & ~3;
  }
  lv.setUint32(4 * font.numGlyphs, at);

  const copy = (name: string) => {
    const e = font.tables.get(name);
    return e ? font.bytes.slice(e.offset, e.offset + e.length) : null;
  };
  const head = copy('head')!;
  const hv = new DataView(head.buffer);
  hv.setUint32(8, 0); // checkSumAdjustment, set below
  hv.setInt16(50, 1); // long loca
  const out: [string, Uint8Array][] = [['head', head], ['hhea', copy('hhea')!], ['maxp', copy('maxp')!], ['hmtx', copy('hmtx')!], ['loca', newLoca], ['glyf', newGlyf]];
  for (const name of ['cvt ', 'fpgm', 'prep']) {
    const b = copy(name);
    if (b) out.push([name, b]);
  }
  out.sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return assemble(out);
}

function checksum(b: Uint8Array): number {
  let sum = 0;
  const n = b.length;
  for (let i = 0; i < n; i += 4) sum = (sum + (((b[i]! << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0)) >>> 0;
  return sum;
}

function assemble(tables: [string, Uint8Array][]): Uint8Array {
  const n = tables.length;
  let size = 12 + 16 * n;
  for (const [, b] of tables) size += (b.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(n));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, n * 16 - pow * 16);
  let at = 12 + 16 * n;
  let headAt = -1;
  tables.forEach(([name, b], i) => {
    const r = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(r + k, name.charCodeAt(k));
    v.setUint32(r + 4, checksum(b));
    v.setUint32(r + 8, at);
    v.setUint32(r + 12, b.length);
    out.set(b, at);
    if (name === 'head') headAt = at;
    at += (b.length + 3) & ~3;
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
