// A red round seal on a GREY scan: colour no longer tells it from text (toGrey drops coloured ink
// only when the scan kept its colours), so it is told by its grey and its shape. Printed text is
// the darkest ink on the page; a red seal scanned in grey is a mid-grey. Ink lighter than the text
// cores and away from them, grouped with gaps bridged, that forms a ring-shaped patch of seal size
// (0.6–2.2 in across, about round, ink mostly near its rim) is turned to paper. Text under the seal
// is darker still (stamp ink is translucent) and stays.
import { inkThreshold, type Grey } from './image';

/** Box dilation of a 0/1 mask by `r` pixels (two separable passes). */
function dilate(mask: Uint8Array, w: number, h: number, r: number): Uint8Array {
  const tmp = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const o = y * w;
    let last = -1e9;
    for (let x = 0; x < w; x++) if (mask[o + x]) last = x;
      else if (x - last <= r) tmp[o + x] = 1;
    last = 1e9;
    for (let x = w - 1; x >= 0; x--) {
      if (mask[o + x]) {
        last = x;
        tmp[o + x] = 1;
      } else if (last - x <= r) tmp[o + x] = 1;
    }
  }
  const out = new Uint8Array(w * h);
  for (let x = 0; x < w; x++) {
    let last = -1e9;
    for (let y = 0; y < h; y++) if (tmp[y * w + x]) last = y;
      else if (y - last <= r) out[y * w + x] = 1;
    last = 1e9;
    for (let y = h - 1; y >= 0; y--) {
      if (tmp[y * w + x]) {
        last = y;
        out[y * w + x] = 1;
      } else if (last - y <= r) out[y * w + x] = 1;
    }
  }
  return out;
}

type Box = { x0: number; y0: number; x1: number; y1: number; cells: number[] };

/** 8-connected groups of set cells of a small grid. */
function groups(grid: Uint8Array, gw: number, gh: number): Box[] {
  const seen = new Uint8Array(gw * gh);
  const out: Box[] = [];
  const stack: number[] = [];
  for (let s = 0; s < grid.length; s++) {
    if (!grid[s] || seen[s]) continue;
    const b: Box = { x0: gw, y0: gh, x1: 0, y1: 0, cells: [] };
    seen[s] = 1;
    stack.push(s);
    while (stack.length) {
      const c = stack.pop()!;
      const cx = c % gw;
      const cy = (c - cx) / gw;
      b.cells.push(c);
      b.x0 = Math.min(b.x0, cx);
      b.x1 = Math.max(b.x1, cx);
      b.y0 = Math.min(b.y0, cy);
      b.y1 = Math.max(b.y1, cy);
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
          const nx = cx + dx;
          const ny = cy + dy;
          if (nx < 0 || ny < 0 || nx >= gw || ny >= gh) continue;
          const n = ny * gw + nx;
          if (grid[n] && !seen[n]) {
            seen[n] = 1;
            stack.push(n);
          }
        }
    }
    out.push(b);
  }
  return out;
}

/** A seal: round, seal-sized, its ink mostly in the outer band of its box (a ring, not a text block). */
function sealLike(b: Box, gw: number, cellIn: number): boolean {
  const w = b.x1 - b.x0 + 1;
  const h = b.y1 - b.y0 + 1;
  if (w * cellIn < 0.6 || h * cellIn < 0.6 || w * cellIn > 2.2 || h * cellIn > 2.2) return false;
  if (w / h < 0.7 || w / h > 1.4) return false;
  const fill = b.cells.length / (w * h);
  if (fill < 0.08 || fill > 0.55) return false;
  let rim = 0;
  const cx = (b.x0 + b.x1) / 2;
  const cy = (b.y0 + b.y1) / 2;
  for (const c of b.cells) {
    const x = c % gw;
    const y = (c - x) / gw;
    // Distance from the centre relative to the radius (an ellipse fitted to the box).
    const r = Math.hypot((x - cx) / (w / 2), (y - cy) / (h / 2));
    if (r > 0.6) rim++;
  }
  return rim / b.cells.length > 0.5;
}

/** Seal patches when ink lighter than `ts` (and away from ink at most `ts`) is taken for seal ink. */
function sealsAt(img: Grey, dpi: number, t: number, ts: number) {
  const { w, h, data } = img;
  const strong = new Uint8Array(w * h);
  for (let i = 0; i < strong.length; i++) if (data[i]! <= ts) strong[i] = 1;
  // Anti-aliased edges of letters are mid-grey too: only mid-grey away from text cores counts.
  const near = dilate(strong, w, h, Math.max(1, Math.round(dpi / 120)));
  const cell = Math.max(2, Math.round(dpi / 30));
  const gw = Math.ceil(w / cell);
  const gh = Math.ceil(h / cell);
  const count = new Uint16Array(gw * gh);
  for (let y = 0; y < h; y++) {
    const gy = ((y / cell) | 0) * gw;
    for (let x = 0, i = y * w; x < w; x++, i++) if (data[i]! <= t && !near[i]) count[gy + ((x / cell) | 0)]!++;
  }
  const grid = new Uint8Array(gw * gh);
  for (let c = 0; c < grid.length; c++) if (count[c]! >= 2) grid[c] = 1;
  return { near, cell, seals: groups(grid, gw, gh).filter((b) => sealLike(b, gw, cell / dpi)) };
}

/** Grey levels between the ink's histogram peaks, darkest first: where text cores may end and a seal's grey begin. */
function splits(img: Grey, t: number): number[] {
  const hist = new Float64Array(256);
  const d = img.data;
  for (let i = 0; i < d.length; i += 3) if (d[i]! <= t) hist[d[i]!]!++;
  const sm = hist.map((_, v) => {
    let s = 0;
    for (let k = Math.max(0, v - 4); k <= Math.min(255, v + 4); k++) s += hist[k]!;
    return s;
  });
  const peaks: number[] = [];
  for (let v = 1; v < t; v++) if (sm[v]! > sm[v - 1]! && sm[v]! >= sm[v + 1]! && sm[v]! > 0) peaks.push(v);
  const out: number[] = [];
  for (let k = 0; k + 1 < peaks.length && out.length < 3; k++) if (peaks[k + 1]! - peaks[k]! >= 20) out.push(Math.round((peaks[k]! + peaks[k + 1]!) / 2));
  return out;
}

/**
 * The grey page with any grey seal turned to paper; the same object when there is none (a colour
 * scan's seal is already gone, and a page without one is left untouched).
 */
export function dropGreySeal(img: Grey, dpi: number): Grey {
  dpi ||= 300;
  const t = inkThreshold(img);
  for (const ts of splits(img, t)) {
    const { near, cell, seals } = sealsAt(img, dpi, t, ts);
    if (!seals.length) continue;
    const { w, h, data } = img;
    const out = data.slice();
    for (const b of seals) {
      const y1 = Math.min(h, (b.y1 + 2) * cell);
      const x1 = Math.min(w, (b.x1 + 2) * cell);
      for (let y = Math.max(0, (b.y0 - 1) * cell); y < y1; y++) {
        for (let x = Math.max(0, (b.x0 - 1) * cell), i = y * w + x; x < x1; x++, i++) if (data[i]! <= t && !near[i]) out[i] = 255;
      }
    }
    return { w, h, data: out };
  }
  return img;
}
