// Pixel work on a scanned page, in plain JS over typed arrays (no native image library to ship):
// colour → grey with coloured ink dropped, deskew by projection profile, Otsu binarisation,
// speck removal, crops. A 300 dpi A4 page is ~8.7 M pixels; every pass here is linear in that.

/** One 8-bit grey page (0 = black ink, 255 = paper). */
export type Grey = { w: number; h: number; data: Uint8Array };

/**
 * Grey from interleaved pixels (1 = grey, 3 = RGB, 4 = RGBA). Strongly coloured pixels (the red
 * round seal, a blue signature) become paper: printed text is black, so chroma means "not text",
 * and the seal over the signer's title would otherwise turn into junk letters.
 */
export function toGrey(src: Uint8Array | Uint8ClampedArray, w: number, h: number, channels: 1 | 3 | 4): Grey {
  const n = w * h;
  const out = new Uint8Array(n);
  if (channels === 1) {
    out.set(src.subarray(0, n));
    return { w, h, data: out };
  }
  for (let i = 0, j = 0; i < n; i++, j += channels) {
    const r = src[j]!;
    const g = src[j + 1]!;
    const b = src[j + 2]!;
    const max = r > g ? (r > b ? r : b) : g > b ? g : b;
    const min = r < g ? (r < b ? r : b) : g < b ? g : b;
    // Dark red is black text seen through the stamp's ink (its anti-aliased edges): kept as ink.
    out[i] = max - min > 45 && !(r === max && max < 120) ? 255 : (r * 77 + g * 150 + b * 29) >> 8;
  }
  return { w, h, data: out };
}

/** Otsu's threshold over the grey histogram, among the values 0..`max` (255: the whole page; the ink threshold: ink only). */
export function otsu(img: Grey, max = 255): number {
  const hist = new Float64Array(256);
  const d = img.data;
  // A sample is enough for the histogram and keeps this pass cheap on large pages.
  const step = d.length > 4_000_000 ? 3 : 1;
  let total = 0;
  for (let i = 0; i < d.length; i += step) {
    if (d[i]! > max) continue;
    hist[d[i]!]!++;
    total++;
  }
  let sum = 0;
  for (let t = 0; t <= max; t++) sum += t * hist[t]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = Math.min(128, max);
  for (let t = 0; t <= max; t++) {
    wB += hist[t]!;
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** The grey level at and under which a pixel is ink (Otsu, capped so that noisy paper grain never becomes ink). */
export const inkThreshold = (img: Grey) => Math.min(otsu(img), 170);

/**
 * Binary page (0 ink / 255 paper). Otsu on a page of paper and thin text can sit too high when
 * the paper is noisy; the threshold is capped so that grain never becomes ink. Isolated ink
 * pixels (scanner noise) are then removed.
 */
export function binarise(img: Grey): Grey {
  const t = inkThreshold(img);
  const { w, h } = img;
  const src = img.data;
  const bin = new Uint8Array(w * h);
  for (let i = 0; i < bin.length; i++) bin[i] = src[i]! <= t ? 0 : 255;
  const out = bin.slice();
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      if (bin[i]) continue;
      const nb = (bin[i - 1] ? 0 : 1) + (bin[i + 1] ? 0 : 1) + (bin[i - w] ? 0 : 1) + (bin[i + w] ? 0 : 1) + (bin[i - w - 1] ? 0 : 1) + (bin[i - w + 1] ? 0 : 1) + (bin[i + w - 1] ? 0 : 1) + (bin[i + w + 1] ? 0 : 1);
      if (nb <= 1) out[i] = 255;
    }
  }
  return { w, h, data: out };
}

/** Share of ink pixels (0..1) of a binary page: blank pages and noise images are refused on it. */
export function inkShare(bin: Grey): number {
  let ink = 0;
  const d = bin.data;
  for (let i = 0; i < d.length; i += 7) if (d[i] === 0) ink++;
  return ink / Math.ceil(d.length / 7);
}

/**
 * Skew angle in degrees (−3…3) that makes text lines horizontal: the angle whose row projection of
 * the ink is "peakiest" (sum of squared row counts), searched on a 1/4-size sample of ink pixels.
 */
export function skewAngle(bin: Grey): number {
  const { w, h, data } = bin;
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < h; y += 4) for (let x = 0; x < w; x += 2) {
      if (data[y * w + x] === 0) {
        xs.push(x);
        ys.push(y);
      }
    }
  if (xs.length < 200) return 0;
  const score = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    const s = Math.sin(a);
    const c = Math.cos(a);
    const bins = new Float64Array(Math.ceil((h + w) / 4) + 8);
    const off = w * Math.abs(s) + 4;
    for (let k = 0; k < xs.length; k++) bins[Math.floor((ys[k]! * c - xs[k]! * s + off) / 4)]!++;
    let sum = 0;
    for (const v of bins) sum += v * v;
    return sum;
  };
  let best = 0;
  let bestScore = score(0);
  for (let d = -3; d <= 3.001; d += 0.25) {
    const sc = score(d);
    if (sc > bestScore) [best, bestScore] = [d, sc];
  }
  const coarse = best;
  for (let d = coarse - 0.2; d <= coarse + 0.201; d += 0.05) {
    const sc = score(d);
    if (sc > bestScore) [best, bestScore] = [d, sc];
  }
  return Math.round(best * 100) / 100;
}

/** Rotates by `deg` about the centre (bilinear, paper-white outside), same size. */
export function rotate(img: Grey, deg: number): Grey {
  if (Math.abs(deg) < 0.05) return img;
  const { w, h, data } = img;
  const a = (deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const cx = w / 2;
  const cy = h / 2;
  const out = new Uint8Array(w * h).fill(255);
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      const sx = c * dx - s * dy + cx;
      const sy = s * dx + c * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bot = data[i + w]! + (data[i + w + 1]! - data[i + w]!) * fx;
      out[y * w + x] = top + (bot - top) * fy;
    }
  }
  return { w, h, data: out };
}

export function rotate180(img: Grey): Grey {
  return { w: img.w, h: img.h, data: img.data.slice().reverse() };
}

export type Rect = { x: number; y: number; w: number; h: number };

export function crop(img: Grey, r: Rect): Grey {
  const x = Math.max(0, Math.floor(r.x));
  const y = Math.max(0, Math.floor(r.y));
  const w = Math.max(1, Math.min(img.w - x, Math.ceil(r.w)));
  const h = Math.max(1, Math.min(img.h - y, Math.ceil(r.h)));
  const out = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) out.set(img.data.subarray((y + row) * img.w + x, (y + row) * img.w + x + w), row * w);
  return { w, h, data: out };
}

/** Integer-factor box downscale (for crops shown to the clerk and for layout analysis). */
export function shrink(img: Grey, f: number): Grey {
  if (f <= 1) return img;
  const w = Math.floor(img.w / f);
  const h = Math.floor(img.h / f);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = 0; dy < f; dy++) for (let dx = 0; dx < f; dx++) s += img.data[(y * f + dy) * img.w + x * f + dx]!;
      out[y * w + x] = s / (f * f);
    }
  }
  return { w, h, data: out };
}

/** Bilinear enlargement by `f` (> 1): small scans' header cells get the ~300 dpi tesseract reads best. */
export function enlarge(img: Grey, f: number): Grey {
  if (f <= 1.05) return img;
  const w = Math.round(img.w * f);
  const h = Math.round(img.h * f);
  const out = new Uint8Array(w * h);
  const src = img.data;
  for (let y = 0; y < h; y++) {
    const sy = Math.min(img.h - 1.001, y / f);
    const y0 = Math.floor(sy);
    const fy = sy - y0;
    for (let x = 0; x < w; x++) {
      const sx = Math.min(img.w - 1.001, x / f);
      const x0 = Math.floor(sx);
      const fx = sx - x0;
      const i = y0 * img.w + x0;
      const top = src[i]! + (src[i + 1]! - src[i]!) * fx;
      const bot = src[i + img.w]! + (src[i + img.w + 1]! - src[i + img.w]!) * fx;
      out[y * w + x] = top + (bot - top) * fy;
    }
  }
  return { w, h, data: out };
}

/** Binary PGM (P5): what Leptonica inside tesseract reads without any codec, and cheap to write. */
export function toPgm(img: Grey): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.w} ${img.h}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}
