// PDF with a text layer → text (pdfjs-dist legacy build, which runs in plain Node).
// Lines are rebuilt from item positions; where a run of rows splits into a left and a right
// column (the header table, the Nơi nhận / signature table), the left column is emitted first,
// then the right, so "ĐẢNG CỘNG SẢN VIỆT NAM" never lands in the middle of "QUẬN ỦY QUẬN 1".
import type * as PdfjsTypes from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LIMITS, importErrors, warnings } from './errors';
import type { ImportWarning } from './types';

type Item = { str: string; x: number; y: number; w: number; h: number };
type Row = { y: number; h: number; items: Item[] };

type PdfTextItem = { str: string; transform: number[]; width: number; height: number };

function toRows(items: Item[]): Row[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const it of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - it.y) <= Math.max(2, Math.min(row.h, it.h) * 0.45)) row.items.push(it);
    else rows.push({ y: it.y, h: it.h || 10, items: [it] });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows;
}

function joinItems(items: Item[]): string {
  let s = '';
  let end = -Infinity;
  for (const it of items) {
    const gap = it.x - end;
    // No space before a combining mark that some PDFs emit as an item of its own (NFC joins it later).
    if (s && gap > Math.max(1, it.h * 0.15) && !s.endsWith(' ') && !it.str.startsWith(' ') && !/^\p{M}/u.test(it.str)) s += ' ';
    s += it.str;
    end = it.x + it.w;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** The widest gap of a row, when it sits near the middle of the text area: [left end, right start]. */
function rowGap(r: Row, left: number, right: number): [number, number] | null {
  const width = right - left;
  let best: [number, number] | null = null;
  let leftEnd = -Infinity;
  for (let i = 0; i < r.items.length; i++) {
    const it = r.items[i]!;
    if (i > 0 && it.x - leftEnd > (best ? best[1] - best[0] : 0)) best = [leftEnd, it.x];
    leftEnd = Math.max(leftEnd, it.x + it.w);
  }
  if (!best || best[1] - best[0] < Math.max(18, r.h * 1.5)) return null;
  const mid = (best[0] + best[1]) / 2;
  return mid > left + width * 0.25 && mid < left + width * 0.75 ? best : null;
}

/** Whether every item of the row lies on one side of the gap [l, r] (none bridges it). */
const fitsGap = (row: Row, l: number, r: number) => row.items.every((it) => it.x + it.w <= r + 2 || it.x >= l - 2);

/** Superscript footnote marks come out as rows of their own: fold them into the line they belong to. */
function mergeSuperscripts(rows: Row[]): Row[] {
  const hs = rows.map((r) => r.h).sort((a, b) => a - b);
  const median = hs[Math.floor(hs.length / 2)] ?? 10;
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const text = r.items.map((it) => it.str).join('').trim();
    const next = rows[i + 1];
    if (next && r.h < median * 0.8 && /^\d{1,3}$/.test(text) && r.y - next.y < median) {
      const sup = r.items.map((it) => ({ ...it, str: toSuperscript(it.str.trim()), y: next.y, h: next.h }));
      rows[i + 1] = { ...next, items: [...next.items, ...sup].sort((a, b) => a.x - b.x) };
      continue;
    }
    out.push(r);
  }
  return out;
}

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
export const toSuperscript = (digits: string) => digits.replace(/\d/g, (d) => SUP[Number(d)]!);

const isKinhGui = (r: Row) => /^K[íi]nh g[ửởu]i/iu.test(joinItems(r.items));

/** Free x-intervals after removing the spans of a row's items. */
function subtractSpans(free: [number, number][], row: Row): [number, number][] {
  let out = free;
  for (const it of row.items) {
    const [a, b] = [it.x - 1, it.x + it.w + 1];
    out = out.flatMap(([l, r]): [number, number][] => (b <= l || a >= r ? [[l, r]] : [...(a > l ? [[l, a] as [number, number]] : []), ...(b < r ? [[b, r] as [number, number]] : [])]));
  }
  return out;
}

/**
 * A header table whose cells are vertically centred gives rows that each hold one column only
 * ("QUẬN ỦY QUẬN 1", then "ĐẢNG CỘNG SẢN VIỆT NAM" a little lower, then "BAN TUYÊN GIÁO"…). Such a
 * run still has an empty vertical band in the middle: if rows on both sides of it follow each
 * other closely, return that band as the gap.
 */
function interleavedGap(rows: Row[], i: number, left: number, right: number, close: (a: Row, b: Row) => boolean): [number, number] | null {
  const width = right - left;
  const mid = left + width / 2;
  const centred = (r: Row) => {
    const a = Math.min(...r.items.map((it) => it.x));
    const b = Math.max(...r.items.map((it) => it.x + it.w));
    return Math.abs((a + b) / 2 - mid) < width * 0.08;
  };
  let free: [number, number][] = [[left + width * 0.25, left + width * 0.75]];
  let j = i;
  while (j < rows.length && (j === i || close(rows[j - 1]!, rows[j]!)) && !isKinhGui(rows[j]!) && !centred(rows[j]!)) {
    const next = subtractSpans(free, rows[j]!);
    if (!next.length) break;
    free = next;
    j++;
  }
  if (j - i < 3) return null;
  const [l, r] = free.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  const b = (l + r) / 2;
  const items = rows.slice(i, j).flatMap((row) => row.items);
  const hasLeft = items.some((it) => it.x + it.w <= b);
  const hasRight = items.some((it) => it.x >= b);
  return hasLeft && hasRight && r - l >= 6 ? [l, r] : null;
}

/**
 * Rows → lines. A run of rows that split at a common gap (the header table, the Nơi nhận /
 * signature table) is emitted left column first, then right column; rows above or below it that
 * sit on one side of the gap and close to it belong to the run too. A blank line marks a
 * paragraph-sized vertical gap.
 */
export function rowsToLines(input: Row[]): string[] {
  const rows = mergeSuperscripts(input);
  if (!rows.length) return [];
  const left = Math.min(...rows.flatMap((r) => r.items.map((i) => i.x)));
  const right = Math.max(...rows.flatMap((r) => r.items.map((i) => i.x + i.w)));
  const close = (a: Row, b: Row) => Math.abs(a.y - b.y) <= Math.max(a.h, b.h) * 2.6;
  const out: string[] = [];
  let prev: Row | null = null;
  const emit = (line: string, r: Row) => {
    if (prev && prev.y - r.y > r.h * 2.1) out.push('');
    out.push(line);
    prev = r;
  };
  const taken = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    if (taken.has(i)) continue;
    const gap = rowGap(rows[i]!, left, right) ?? interleavedGap(rows, i, left, right, close);
    if (!gap) {
      emit(joinItems(rows[i]!.items), rows[i]!);
      continue;
    }
    let [l, r] = gap;
    let j = i + 1;
    // "Kính gửi" opens the body: it never belongs to the header table above it.
    while (j < rows.length && close(rows[j - 1]!, rows[j]!) && fitsGap(rows[j]!, l, r) && !isKinhGui(rows[j]!)) {
      const g = rowGap(rows[j]!, left, right);
      if (g) {
        const nl = Math.max(l, g[0]);
        const nr = Math.min(r, g[1]);
        if (nl >= nr) break;
        [l, r] = [nl, nr];
      }
      j++;
    }
    // Pull in the lines just above that sit on one side of the gap (already emitted as full lines).
    let k = i;
    while (k > 0 && !taken.has(k - 1) && close(rows[k - 1]!, rows[k]!) && fitsGap(rows[k - 1]!, l, r) && out.length && out[out.length - 1] === joinItems(rows[k - 1]!.items)) {
      out.pop();
      k--;
    }
    const run = rows.slice(k, j);
    for (let t = k; t < j; t++) taken.add(t);
    const boundary = (l + r) / 2;
    const col = (which: 'left' | 'right') => {
      let last: Row | null = null;
      for (const row of run) {
        const items = row.items.filter((it) => (which === 'left' ? it.x + it.w / 2 < boundary : it.x + it.w / 2 >= boundary));
        if (!items.length) continue;
        if (last && last.y - row.y > row.h * 2.1) out.push('');
        out.push(joinItems(items));
        last = row;
      }
    };
    if (out.length && out[out.length - 1] !== '') out.push('');
    col('left');
    out.push('');
    col('right');
    out.push('');
    prev = null;
  }
  return out;
}

type PdfModule = typeof PdfjsTypes;
let pdfjsPromise: Promise<PdfModule> | null = null;
const loadPdfjs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Gives up (and frees pdfjs) when reading takes longer than the budget: the user gets an answer within 5 s. */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; warnings: ImportWarning[] }> {
  let timer: NodeJS.Timeout | undefined;
  let cancel: () => void = () => undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cancel();
      reject(importErrors.pdfTooSlow());
    }, LIMITS.pdfHardLimitMs);
  });
  try {
    return await Promise.race([readPdf(bytes, (c) => (cancel = c)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function readPdf(bytes: Uint8Array, onTask: (cancel: () => void) => void): Promise<{ text: string; warnings: ImportWarning[] }> {
  const pdfjs = await loadPdfjs();
  const started = Date.now();
  // pdfjs may take ownership of (detach) the buffer it is given: pass a copy (Buffer.slice would share memory).
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  onTask(() => void task.destroy().catch(() => undefined));
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    await task.destroy().catch(() => undefined);
    if (name === 'PasswordException') throw importErrors.passwordPdf();
    throw importErrors.corruptPdf();
  }
  const warns: ImportWarning[] = [];
  const pages: string[] = [];
  let chars = 0;
  try {
    const n = Math.min(doc.numPages, LIMITS.maxPdfPages);
    if (doc.numPages > n) warns.push({ ...warnings.pagesTruncated });
    // Pages are requested a few at a time: with pdfjs's in-process worker this overlaps the
    // parsing of one page with the text extraction of the next (≈ 1.5× faster than one by one).
    const BATCH = 8;
    for (let first = 1; first <= n; first += BATCH) {
      if (Date.now() - started > LIMITS.pdfBudgetMs) {
        warns.push({ ...warnings.pagesTruncated });
        break;
      }
      const numbers = Array.from({ length: Math.min(BATCH, n - first + 1) }, (_, k) => first + k);
      const contents = await Promise.all(
        numbers.map(async (p) => {
          const page = await doc.getPage(p);
          const tc = await page.getTextContent();
          page.cleanup();
          return tc;
        }),
      );
      for (const tc of contents) {
        const items: Item[] = [];
        for (const raw of tc.items) {
          if (!('str' in raw)) continue;
          const it = raw as PdfTextItem;
          items.push({ str: it.str, x: it.transform[4]!, y: it.transform[5]!, w: it.width, h: Math.abs(it.height || it.transform[3]! || 10) });
          chars += it.str.trim().length;
        }
        pages.push(rowsToLines(toRows(items)).join('\n'));
      }
    }
  } catch {
    throw importErrors.corruptPdf();
  } finally {
    await task.destroy().catch(() => undefined);
  }
  if (chars === 0) return { text: '', warnings: [{ ...warnings.needsOcr }] };
  return { text: pages.join('\n\n'), warnings: warns };
}
