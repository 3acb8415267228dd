// Page regions of a scanned circular, found from the ink of the binary page: the header table
// (left: issuer, number, trích yếu; right: motto, place-date) at the top, the Nơi nhận | signature
// table at the bottom, the body between. Reading each cell as its own image keeps tesseract from
// interleaving the two columns' lines.
import type { Grey, Rect } from './image';

export type TextLine = { y0: number; y1: number; x0: number; x1: number };
export type TableLayout = { zone: Rect; left: Rect[]; right: Rect[] };
export type PageLayout = { header: TableLayout | null; footer: TableLayout | null; body: Rect; lines: TextLine[] };

/** Text lines from the row profile (rows with ink), with their horizontal extent. */
function textLines(bin: Grey): TextLine[] {
  const { w, h, data } = bin;
  const rows = new Uint32Array(h);
  for (let y = 0; y < h; y++) {
    let n = 0;
    const o = y * w;
    for (let x = 0; x < w; x += 2) if (data[o + x] === 0) n++;
    rows[y] = n;
  }
  const minInk = 2;
  const lines: TextLine[] = [];
  let start = -1;
  for (let y = 0; y <= h; y++) {
    const ink = y < h && rows[y]! >= minInk;
    if (ink && start < 0) start = y;
    if (!ink && start >= 0) {
      if (y - start >= 4) lines.push({ y0: start, y1: y, x0: 0, x1: 0 });
      start = -1;
    }
  }
  for (const l of lines) {
    let x0 = w;
    let x1 = 0;
    for (let y = l.y0; y < l.y1; y++) {
      const o = y * w;
      for (let x = 0; x < w; x += 2) {
        if (data[o + x] === 0) {
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
        }
      }
    }
    l.x0 = x0;
    l.x1 = x1;
  }
  return lines;
}

/** Blank column runs inside a text line's extent: [start, end) pairs. */
function blankRuns(bin: Grey, l: TextLine): [number, number][] {
  const { w, data } = bin;
  const ink = new Uint8Array(w);
  for (let y = l.y0; y < l.y1; y++) for (let x = l.x0; x <= l.x1; x++) if (data[y * w + x] === 0) ink[x] = 1;
  const out: [number, number][] = [];
  let s = -1;
  for (let x = l.x0; x <= l.x1 + 1; x++) {
    const blank = x <= l.x1 && !ink[x];
    if (blank && s < 0) s = x;
    if (!blank && s >= 0) {
      out.push([s, x]);
      s = -1;
    }
  }
  return out;
}

/**
 * A two-cell table at the top (header) or bottom (Nơi nhận | signature) of a page: text lines
 * taken from that edge, each cut on its own at its widest blank near the middle when that blank is
 * wider than a word space (cells whose text nearly overlaps in x — a long motto beside a long
 * trích yếu — still separate); an uncut line goes to the cell on its side. The table ends at the
 * first uncut line that runs across the middle (Kính gửi, the body).
 */
function table(bin: Grey, lines: TextLine[], fromTop: boolean): TableLayout | null {
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const width = right - left;
  const mid = left + width / 2;
  const heights = lines.map((l) => l.y1 - l.y0).sort((a, b) => a - b);
  const lh = heights[Math.floor(heights.length / 2)]!;
  const minGap = Math.max(10, lh * 0.7);
  const L: Rect[] = [];
  const R: Rect[] = [];
  const order = fromTop ? lines : [...lines].reverse();
  let taken = 0;
  for (const l of order) {
    if (fromTop ? l.y0 > bin.h * 0.45 : l.y1 < bin.h * 0.3) break;
    const h = l.y1 - l.y0;
    const gap = blankRuns(bin, l)
      .filter(([a, b]) => b - a >= minGap && (a + b) / 2 > left + width * 0.25 && (a + b) / 2 < left + width * 0.75)
      .sort((p, q) => q[1] - q[0] - (p[1] - p[0]))[0];
    if (gap) {
      L.push({ x: l.x0, y: l.y0, w: gap[0] - l.x0, h });
      R.push({ x: gap[1], y: l.y0, w: l.x1 + 1 - gap[1], h });
    } else if (l.x0 < mid - width * 0.1 && l.x1 > mid + width * 0.1) {
      break;
    } else {
      // Header cells are centred: a line goes by its centre. Nơi nhận is flush left and the
      // signature block centred somewhere right of it: a line goes by where it starts.
      const isLeft = fromTop ? (l.x0 + l.x1) / 2 < mid : l.x0 < left + width * 0.1;
      (isLeft ? L : R).push({ x: l.x0, y: l.y0, w: l.x1 + 1 - l.x0, h });
    }
    taken++;
  }
  if (taken < 3 || !L.length || !R.length) return null;
  const used = fromTop ? lines.slice(0, taken) : lines.slice(lines.length - taken);
  const top = Math.max(0, used[0]!.y0 - 10);
  const bottom = Math.min(bin.h, used[used.length - 1]!.y1 + 10);
  return { zone: { x: 0, y: top, w: bin.w, h: bottom - top }, left: L, right: R };
}

/** Header table at the top, signature table at the bottom (when `footer`), body between. */
export function pageLayout(bin: Grey, opts: { header: boolean; footer: boolean }): PageLayout {
  const lines = textLines(bin);
  const whole: Rect = { x: 0, y: 0, w: bin.w, h: bin.h };
  if (lines.length < 3) return { header: null, footer: null, body: whole, lines };
  const header = opts.header ? table(bin, lines, true) : null;
  const rest = header ? lines.filter((l) => l.y0 >= header.zone.y + header.zone.h - 10) : lines;
  const footer = opts.footer && rest.length >= 3 ? table(bin, rest, false) : null;
  const y0 = header ? header.zone.y + header.zone.h : 0;
  const y1 = footer ? footer.zone.y : bin.h;
  return { header, footer, body: { x: 0, y: y0, w: bin.w, h: Math.max(1, y1 - y0) }, lines };
}

/** The zone with only the given rectangles' pixels kept (the other cell's text blanked out). */
export function maskedCrop(img: Grey, zone: Rect, keep: Rect[]): Grey {
  const bin = img;
  const out = new Uint8Array(zone.w * zone.h).fill(255);
  const pad = 3;
  for (const r of keep) {
    const x0 = Math.max(zone.x, r.x - pad);
    const x1 = Math.min(zone.x + zone.w, r.x + r.w + pad);
    const y0 = Math.max(zone.y, r.y - pad);
    const y1 = Math.min(zone.y + zone.h, r.y + r.h + pad);
    for (let y = y0; y < y1; y++) out.set(bin.data.subarray(y * bin.w + x0, y * bin.w + x1), (y - zone.y) * zone.w + (x0 - zone.x));
  }
  return { w: zone.w, h: zone.h, data: out };
}
