// Scans → grey pages. Decoders are pure JS on purpose: jpeg-js, pngjs and utif2 need no native
// binary per platform (sharp would add ~8 MB of libvips per OS and a build step), and a PDF page's
// scanned image is decoded by pdfjs, which the importer already ships (DCT, Flate, CCITT, JBIG2, JPX).
// Pages come lazily, one at a time, so a 200-page file never holds more than one decoded page.
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import UTIF from 'utif2';
import type * as PdfjsTypes from 'pdfjs-dist/legacy/build/pdf.mjs';
import { importErrors } from '../importer/errors';
import { ocrErrors } from './errors';
import { toGrey, type Grey } from './image';

export type ScanFormat = 'pdf' | 'jpg' | 'png' | 'tif';
/** A decoded page and its resolution (dots per inch, measured or guessed from A4). */
export type ScanPage = { grey: Grey; dpi: number };
export type ScanSource = { format: ScanFormat; pages: number; page(i: number): Promise<ScanPage>; close(): Promise<void> };

/** A4 short side is 8.27 in: the resolution of an image with no usable DPI tag. */
const guessDpi = (w: number, h: number) => Math.round(Math.min(w, h) / 8.27);
/** Pixel cap per page (a 600 dpi A4 page): above that decoding alone would take seconds and ~0.5 GB. */
const MAX_PIXELS = 36_000_000;

export function sniffImage(b: Uint8Array): 'jpg' | 'png' | 'tif' | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a)) return 'tif';
  return null;
}

const single = (format: ScanFormat, make: () => ScanPage): ScanSource => ({ format, pages: 1, page: async () => make(), close: async () => undefined });

export function imageSource(bytes: Uint8Array, format: 'jpg' | 'png' | 'tif'): ScanSource {
  if (format === 'jpg') {
    return single('jpg', () => {
      let img: { width: number; height: number; data: Uint8Array };
      try {
        img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: false, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 600 });
      } catch {
        throw ocrErrors.corruptImage();
      }
      return { grey: toGrey(img.data, img.width, img.height, 3), dpi: guessDpi(img.width, img.height) };
    });
  }
  if (format === 'png') {
    return single('png', () => {
      let png: PNG;
      try {
        png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      } catch {
        throw ocrErrors.corruptImage();
      }
      if (png.width * png.height > MAX_PIXELS) throw ocrErrors.imageTooLarge();
      return { grey: toGrey(png.data, png.width, png.height, 4), dpi: guessDpi(png.width, png.height) };
    });
  }
  let ifds: UTIF.IFD[];
  try {
    ifds = UTIF.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw ocrErrors.corruptImage();
  }
  if (!ifds.length) throw ocrErrors.corruptImage();
  return {
    format: 'tif',
    pages: ifds.length,
    page: async (i) => {
      const ifd = ifds[i]!;
      const w = Number(ifd.width ?? (ifd.t256 as number[] | undefined)?.[0] ?? 0);
      const h = Number(ifd.height ?? (ifd.t257 as number[] | undefined)?.[0] ?? 0);
      if (w * h > MAX_PIXELS) throw ocrErrors.imageTooLarge();
      try {
        UTIF.decodeImage(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, ifd);
        const rgba = UTIF.toRGBA8(ifd);
        const xres = (ifd.t282 as number[] | undefined)?.[0];
        const dpi = xres && xres > 50 && xres < 1300 ? Math.round(xres) : guessDpi(ifd.width, ifd.height);
        return { grey: toGrey(rgba, ifd.width, ifd.height, 4), dpi };
      } catch {
        throw ocrErrors.corruptImage();
      } finally {
        // The decoded pixels stay on the IFD otherwise: drop them so only one page is held.
        delete (ifd as { data?: unknown }).data;
      }
    },
    close: async () => undefined,
  };
}

type PdfModule = typeof PdfjsTypes;
let pdfjsPromise: Promise<PdfModule> | null = null;
const loadPdfjs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

type PdfImage = { width: number; height: number; kind: number; data?: Uint8Array | Uint8ClampedArray };

/** 1-bit rows (bit set = paper, pdfjs's GRAYSCALE_1BPP) → grey. */
function unpack1bpp(data: Uint8Array | Uint8ClampedArray, w: number, h: number): Grey {
  const out = new Uint8Array(w * h);
  const stride = (w + 7) >> 3;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = data[y * stride + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
  return { w, h, data: out };
}

/**
 * An image-only PDF: each page's largest image is its scan (scanners write one image per page).
 * pdfjs decodes it; nothing is rasterised, so no canvas library is needed.
 */
export async function pdfSource(bytes: Uint8Array): Promise<ScanSource> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0, isOffscreenCanvasSupported: false });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    if ((e as { name?: string }).name === 'PasswordException') throw importErrors.passwordPdf();
    throw importErrors.corruptPdf();
  }
  const imageOps = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintImageXObjectRepeat]);
  return {
    format: 'pdf',
    pages: doc.numPages,
    page: async (i) => {
      const page = await doc.getPage(i + 1);
      try {
        const ops = await page.getOperatorList();
        let best: PdfImage | null = null;
        for (let k = 0; k < ops.fnArray.length; k++) {
          if (!imageOps.has(ops.fnArray[k]!)) continue;
          const name = (ops.argsArray[k] as unknown[])[0] as string;
          const store = name.startsWith('g_') ? page.commonObjs : page.objs;
          const img = (await new Promise((res) => store.get(name, res))) as PdfImage | null;
          if (img?.data && (!best || img.width * img.height > best.width * best.height)) best = img;
        }
        if (!best?.data) return { grey: { w: 1, h: 1, data: new Uint8Array([255]) }, dpi: 0 };
        if (best.width * best.height > MAX_PIXELS) throw ocrErrors.imageTooLarge();
        const widthIn = (page.view[2]! - page.view[0]!) / 72;
        const dpi = Math.round(Math.max(best.width, best.height) / Math.max(widthIn, (page.view[3]! - page.view[1]!) / 72));
        const grey = best.kind === 1 ? unpack1bpp(best.data, best.width, best.height) : toGrey(best.data, best.width, best.height, best.kind === 3 ? 4 : 3);
        return { grey, dpi: dpi > 50 ? dpi : guessDpi(best.width, best.height) };
      } finally {
        page.cleanup();
      }
    },
    close: () => task.destroy().catch(() => undefined),
  };
}
