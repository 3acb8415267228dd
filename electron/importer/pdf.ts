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
    if (s && gap > Math.max(1, it.h * 0.15) && !s.endsWith(' ') && !it.str.startsWith(' ')) s += ' ';
    s += it.str;
    end = it.x + it.w;
  }
  return s.replace(/\s+/g, ' ').trim();
}

/** Splits a row at its widest gap when that gap sits near the middle of the text area. */
function splitRow(r: Row, left: number, right: number): { boundary: number } | null {
  const width = right - left;
  let best = 0;
  let at = 0;
  for (let i = 1; i < r.items.length; i++) {
    const prevEnd = Math.max(...r.items.slice(0, i).map((x) => x.x + x.w));
    const gap = r.items[i]!.x - prevEnd;
    if (gap > best) {
      best = gap;
      at = prevEnd + gap / 2;
    }
  }
  if (best < Math.max(18, r.h * 1.5)) return null;
  if (at < left + width * 0.25 || at > left + width * 0.75) return null;
  return { boundary: at };
}

const side = (r: Row, boundary: number): 'left' | 'right' | 'cross' => {
  const minX = Math.min(...r.items.map((i) => i.x));
  const maxX = Math.max(...r.items.map((i) => i.x + i.w));
  if (maxX <= boundary + 2) return 'left';
  if (minX >= boundary - 2) return 'right';
  return 'cross';
};

/** Rows → lines: two-column runs column by column, a blank line at paragraph-sized vertical gaps. */
export function rowsToLines(rows: Row[]): string[] {
  if (!rows.length) return [];
  const left = Math.min(...rows.flatMap((r) => r.items.map((i) => i.x)));
  const right = Math.max(...rows.flatMap((r) => r.items.map((i) => i.x + i.w)));
  const out: string[] = [];
  let prevY: number | null = null;
  const emit = (line: string, r: Row) => {
    if (prevY !== null && prevY - r.y > r.h * 2.1) out.push('');
    out.push(line);
    prevY = r.y;
  };
  for (let i = 0; i < rows.length; ) {
    const split = splitRow(rows[i]!, left, right);
    if (!split) {
      emit(joinItems(rows[i]!.items), rows[i]!);
      i++;
      continue;
    }
    // Extend the two-column run while rows stay on one side of the boundary or split at it.
    let j = i + 1;
    while (j < rows.length) {
      const r = rows[j]!;
      const s = splitRow(r, left, right);
      if (s && Math.abs(s.boundary - split.boundary) < (right - left) * 0.2) j++;
      else if (!s && side(r, split.boundary) !== 'cross') j++;
      else break;
    }
    const run = rows.slice(i, j);
    const col = (which: 'left' | 'right') => {
      let last: number | null = null;
      for (const r of run) {
        const items = r.items.filter((it) => (which === 'left' ? it.x + it.w / 2 < split.boundary : it.x + it.w / 2 >= split.boundary));
        if (!items.length) continue;
        if (last !== null && last - r.y > r.h * 2.1) out.push('');
        out.push(joinItems(items));
        last = r.y;
      }
    };
    if (out.length && out[out.length - 1] !== '') out.push('');
    col('left');
    out.push('');
    col('right');
    out.push('');
    prevY = null;
    i = j;
  }
  return out;
}

type PdfModule = typeof PdfjsTypes;
let pdfjsPromise: Promise<PdfModule> | null = null;
const loadPdfjs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; warnings: ImportWarning[] }> {
  const pdfjs = await loadPdfjs();
  const started = Date.now();
  // pdfjs takes ownership of (detaches) the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
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
    for (let p = 1; p <= n; p++) {
      if (Date.now() - started > LIMITS.pdfBudgetMs) {
        warns.push({ ...warnings.pagesTruncated });
        break;
      }
      const page = await doc.getPage(p);
      const tc = await page.getTextContent();
      const items: Item[] = [];
      for (const raw of tc.items) {
        if (!('str' in raw)) continue;
        const it = raw as PdfTextItem;
        items.push({ str: it.str, x: it.transform[4]!, y: it.transform[5]!, w: it.width, h: Math.abs(it.height || it.transform[3]! || 10) });
        chars += it.str.trim().length;
      }
      pages.push(rowsToLines(toRows(items)).join('\n'));
      page.cleanup();
    }
  } catch {
    throw importErrors.corruptPdf();
  } finally {
    await task.destroy().catch(() => undefined);
  }
  if (chars === 0) return { text: '', warnings: [{ ...warnings.needsOcr }] };
  return { text: pages.join('\n\n'), warnings: warns };
}
