// Scan → text, the way a clerk reads it: page 1 by regions (left header cell, right header cell,
// body), later pages whole; the last page holds the signature and Nơi nhận. Each page is made grey
// with coloured ink (seal, signature) dropped, deskewed and binarised before tesseract sees it.
// The text is NFC and goes to the same parser as typed text (see ./fields.ts for crops/confidence).
import { OCR_LIMITS, ocrErrors, ocrWarnings } from './errors';
import type { OcrEngine, OcrLine, Psm } from './engine';
import { binarise, crop, enlarge, inkShare, rotate, rotate180, skewAngle, toPgm, type Grey, type Rect } from './image';
import { maskedCrop, pageLayout, type TableLayout } from './layout';
import { bodyStartInLeftCell, handBack, handOffText } from './handoff';
import { repairLine } from './lexicon';
import { repairHeaderPlaces } from './places';
import { repairTones } from './tones';
import { dropGreySeal } from './seal';
import { dropFragments, signatureArea, signerLine } from './signer';
import type { ScanSource } from './decode';
import type { ImportWarning } from '../importer/types';

export type OcrProgress = { page: number; pages: number; stage: 'decode' | 'ocr' | 'done' };
export type OcrOptions = { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void };

/** A line of OCR text placed on its page (deskewed page pixels). */
export type PlacedLine = OcrLine & { page: number; region: 'left' | 'right' | 'body' | 'footLeft' | 'footRight' };
export type ScanText = {
  text: string;
  lines: PlacedLine[];
  /** Deskewed grey pages by page index (page 1 and the last), for the crops shown in review. */
  images: Map<number, Grey>;
  conf: number;
  /** The signer's name read again from the signature area when the signature cell gave none. */
  signer: { name: string; line: PlacedLine } | null;
  pagesRead: number;
  pages: number;
  warnings: ImportWarning[];
};

const BLANK_INK = 0.002;
const NOISE_INK = 0.3;
/** Header OCR confidence under which the page is tried upside down too. */
const FLIP_BELOW = 55;

function checkCancel(signal?: AbortSignal) {
  if (signal?.aborted) throw ocrErrors.cancelled();
}

/** Races an engine call with the cancel signal: cancel stops the worker, so the call never ends otherwise. */
async function cancellable<T>(p: Promise<T>, engine: OcrEngine, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  checkCancel(signal);
  let onAbort = () => undefined as void;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      void engine.stop();
      reject(ocrErrors.cancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([p, aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** Which pages to read: all when short; otherwise the first ones and the last. */
function pagesToRead(n: number, max: number = OCR_LIMITS.maxPages): number[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: max - 1 }, (_, i) => i), n - 1];
}

/** Grey page → deskewed grey + its binary form; null for a blank page. */
function preparePage(grey: Grey): { grey: Grey; bin: Grey; angle: number } | null {
  let bin = binarise(grey);
  const ink = inkShare(bin);
  if (ink < BLANK_INK) return null;
  if (ink > NOISE_INK) throw ocrErrors.noise();
  const angle = skewAngle(bin);
  if (angle !== 0) {
    grey = rotate(grey, angle);
    bin = binarise(grey);
  }
  return { grey, bin, angle };
}

type Prepared = { grey: Grey; bin: Grey; angle: number };
type PageText = { text: string; lines: PlacedLine[]; conf: number; headerConf: number };

/** OCR of one image placed at `at` on the page (its pixel coordinates divided by `scale`). */
async function read(engine: OcrEngine, image: Grey, at: Rect, scale: number, psm: Psm, page: number, region: PlacedLine['region'], dpi: number, signal?: AbortSignal) {
  const res = await cancellable(engine.recognize(toPgm(image), psm, (dpi || 300) * scale), engine, signal);
  const px = (v: number) => Math.round(v / scale);
  const blocks = res.blocks.map((b) =>
    b.lines
      .map(dropFragments)
      .filter((l) => l.text)
      .map((l): PlacedLine => ({
        ...l,
        text: repairTones(repairHeaderPlaces(repairLine(l.text.normalize('NFC')))),
        x0: px(l.x0) + at.x,
        x1: px(l.x1) + at.x,
        y0: px(l.y0) + at.y,
        y1: px(l.y1) + at.y,
        words: l.words.map((wd) => ({ ...wd, x0: px(wd.x0) + at.x, x1: px(wd.x1) + at.x, y0: px(wd.y0) + at.y, y1: px(wd.y1) + at.y })),
        page,
        region,
      })),
  );
  const lines = blocks.flat();
  const text = blocks.map((b) => b.map((l) => l.text).join('\n')).filter(Boolean).join('\n\n');
  return { lines, text, conf: res.conf, empty: !lines.length };
}

/** A table cell: the grey zone with only this cell's lines, enlarged towards 300 dpi when the scan is coarser. */
function cellImage(p: Prepared, t: TableLayout, side: 'left' | 'right', dpi: number): { image: Grey; scale: number } {
  // 200 dpi reads as well as 300 here (measured); only coarser scans are enlarged.
  const scale = dpi > 0 && dpi < 170 ? Math.min(2, 300 / dpi) : 1;
  return { image: enlarge(maskedCrop(p.grey, t.zone, t[side]), scale), scale };
}

/**
 * One page by regions: header cells (page 1), the body, then the Nơi nhận and signature cells
 * (last page). Without a table the region is read whole with automatic segmentation.
 */
async function readPage(engine: OcrEngine, p: Prepared, dpi: number, page: number, want: { header: boolean; footer: boolean }, signal?: AbortSignal): Promise<PageText> {
  const layout = pageLayout(p.bin, want);
  const parts: string[] = [];
  const lines: PlacedLine[] = [];
  let confSum = 0;
  let weight = 0;
  let headerConf = 0;
  const take = (r: { lines: PlacedLine[]; text: string; conf: number; empty: boolean }, w: number) => {
    if (r.empty) return;
    lines.push(...r.lines);
    parts.push(r.text);
    confSum += r.conf * w;
    weight += w;
  };
  let moved: PlacedLine[] = [];
  if (layout.header) {
    const h = layout.header;
    const cells: Record<'left' | 'right', Awaited<ReturnType<typeof read>>> = {} as never;
    for (const side of ['left', 'right'] as const) {
      const { image, scale } = cellImage(p, h, side, dpi);
      cells[side] = await read(engine, image, h.zone, scale, '6', page, side, dpi, signal);
    }
    // "Kính gửi:" (or its first items) read with the left cell: they open the body.
    const kg = bodyStartInLeftCell(cells.left.lines);
    if (kg >= 0) {
      moved = cells.left.lines.splice(kg);
      for (const l of moved) l.region = 'body';
      cells.left.text = cells.left.lines.map((l) => l.text).join('\n');
    }
    take(cells.left, 1);
    take(cells.right, 1);
    headerConf = (cells.left.conf + cells.right.conf) / 2;
  }
  const body = await read(engine, crop(p.bin, layout.body), layout.body, 1, '3', page, 'body', dpi, signal);
  if (moved.length) {
    // Lines (for the crops) and text (with its blank lines between blocks) get the same hand-off.
    body.lines = handBack(moved, body.lines, (l, text) => ({ ...l, text }));
    const asText = (t: string) => t.split('\n').map((text) => ({ text }));
    body.text = handBack(moved.map((l) => ({ text: l.text })), asText(body.text), (_, text) => ({ text })).map((l) => l.text).join('\n');
    body.empty = false;
  }
  // No header table found: the Kính gửi items tesseract put with the left column go back the same way.
  if (want.header && !layout.header) body.text = handOffText(body.text);
  take(body, 2);
  if (layout.footer) {
    const f = layout.footer;
    for (const side of ['left', 'right'] as const) {
      const { image, scale } = cellImage(p, f, side, dpi);
      take(await read(engine, image, f.zone, scale, '6', page, side === 'left' ? 'footLeft' : 'footRight', dpi, signal), 1);
    }
  }
  return { text: parts.join('\n\n'), lines, conf: weight ? confSum / weight : 0, headerConf: layout.header ? headerConf : 0 };
}

/**
 * The signature read again as one block: the lower part of the last page without the Nơi nhận
 * list, enlarged towards 300 dpi (a seal-crossed name reads better larger).
 */
async function rereadSignature(engine: OcrEngine, p: Prepared, pageLines: PlacedLine[], dpi: number, page: number, signal?: AbortSignal) {
  const area = signatureArea(pageLines, p.grey);
  if (!area) return null;
  const image = crop(p.grey, area.zone);
  for (const r of area.blank) {
    for (let y = Math.max(0, r.y - area.zone.y - 3); y < Math.min(image.h, r.y + r.h - area.zone.y + 3); y++) {
      image.data.fill(255, y * image.w + Math.max(0, r.x - 3), y * image.w + Math.min(image.w, r.x + r.w + 3));
    }
  }
  const scale = dpi > 0 && dpi < 250 ? Math.min(2, 300 / dpi) : 1;
  const r = await read(engine, enlarge(image, scale), area.zone, scale, '6', page, 'footRight', dpi, signal);
  return signerLine(r.lines);
}

export async function ocrPages(source: ScanSource, engine: OcrEngine, opts: OcrOptions = {}): Promise<ScanText> {
  const { signal, onProgress } = opts;
  const wanted = pagesToRead(source.pages);
  const texts: string[] = [];
  const lines: PlacedLine[] = [];
  const images = new Map<number, Grey>();
  const warnings: ImportWarning[] = [];
  let confSum = 0;
  let confN = 0;
  let blank = 0;
  let noImage = 0;
  let flipped = false;
  let signer: ScanText['signer'] = null;
  for (const [k, i] of wanted.entries()) {
    checkCancel(signal);
    onProgress?.({ page: k + 1, pages: wanted.length, stage: 'decode' });
    const { grey, dpi } = await source.page(i);
    // A seal is looked for where one is stamped: over the signature (last page) or hung on the header (page 1).
    const sealed = k === 0 || k === wanted.length - 1 ? dropGreySeal(grey, dpi) : grey;
    let prep = dpi === 0 ? null : preparePage(sealed);
    if (!prep) {
      if (dpi === 0) noImage++;
      else blank++;
      continue;
    }
    onProgress?.({ page: k + 1, pages: wanted.length, stage: 'ocr' });
    const first = texts.length === 0;
    const want = { header: first, footer: k === wanted.length - 1 };
    let out = await readPage(engine, prep, dpi, i, want, signal);
    if (first && out.headerConf < FLIP_BELOW) {
      // Maybe upside down: read it turned round and keep whichever reads better.
      const turned = preparePage(rotate180(prep.grey))!;
      const t = await readPage(engine, turned, dpi, i, want, signal);
      if (t.headerConf > out.headerConf + 15) [out, prep, flipped] = [t, turned, true];
    }
    const cellName = want.footer ? signerLine(out.lines.filter((l) => l.region === 'footRight')) : null;
    if (cellName) signer = cellName;
    else if (want.footer) {
      const again = await rereadSignature(engine, prep, out.lines, dpi, i, signal);
      if (again) {
        signer = again;
        out.lines.push(again.line);
        out.text += `\n${again.line.text}`;
      }
    }
    if (first || k === wanted.length - 1) images.set(i, prep.grey);
    texts.push(out.text);
    lines.push(...out.lines);
    confSum += out.conf;
    confN++;
  }
  onProgress?.({ page: wanted.length, pages: wanted.length, stage: 'done' });
  if (!texts.length) throw noImage === wanted.length ? ocrErrors.noImage() : ocrErrors.blank();
  if (wanted.length < source.pages) warnings.push(ocrWarnings.pagesSkipped(wanted.length, source.pages));
  if (blank) warnings.push(ocrWarnings.blankPages(blank));
  if (flipped) warnings.push(ocrWarnings.upsideDown);
  const conf = confSum / confN;
  if (conf < 60) warnings.push(ocrWarnings.lowConfidence);
  return { text: texts.join('\n\n').normalize('NFC'), lines, images, conf, signer, pagesRead: confN, pages: source.pages, warnings };
}
