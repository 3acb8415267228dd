// The OCR engine: one long-lived tesseract.js worker (a worker_thread running the WebAssembly
// core, started from the OCR worker thread of ./worker.ts), created on first use and reused
// between files, so the 1.4 MB model is read once.
// Offline by construction: the Vietnamese model is read from a local folder (the
// @tesseract.js-data/vie package, "4.0.0_best_int" = tessdata_best LSTM in integer form), with
// cacheMethod 'none' (tesseract.js would otherwise write a copy into the working directory).
// Cancel terminates the worker; the next file starts a fresh one. The worker is recycled after
// a number of pages and when idle, which bounds the WebAssembly heap it keeps.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ocrErrors } from './errors';

import type * as Tesseract from 'tesseract.js';

type TesseractModule = typeof Tesseract;
type TWorker = Awaited<ReturnType<TesseractModule['createWorker']>>;

export type OcrWord = { text: string; conf: number; x0: number; y0: number; x1: number; y1: number };
export type OcrLine = OcrWord & { words: OcrWord[] };
export type OcrBlock = { text: string; conf: number; lines: OcrLine[] };
export type OcrResult = { text: string; conf: number; blocks: OcrBlock[] };

/** tesseract page segmentation modes we use: 4 = one column of lines, 6 = one block, 3 = automatic. */
export type Psm = '3' | '4' | '6';

const RECYCLE_AFTER = 40;
const IDLE_MS = 5 * 60_000;

function here(): string {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/** node_modules/<pkg>, found from this module (source tree, build/, build/chunks, app.asar) — unpacked from the asar. */
function packageDir(pkg: string): string {
  let dir = here();
  for (let i = 0; i < 6; i++) {
    for (const base of [dir.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), dir]) {
      const p = path.join(base, 'node_modules', pkg);
      if (fs.existsSync(path.join(p, 'package.json'))) return p;
    }
    dir = path.dirname(dir);
  }
  throw ocrErrors.engineMissing();
}

/** Where the model and the worker script are read from (the offline test checks these are local folders). */
export function enginePaths() {
  const tess = packageDir('tesseract.js');
  return {
    langPath: path.join(packageDir('@tesseract.js-data/vie'), '4.0.0_best_int'),
    workerPath: path.join(tess, 'src', 'worker-script', 'node', 'index.js'),
  };
}

export class OcrEngine {
  private worker: Promise<TWorker> | null = null;
  private used = 0;
  private idle: NodeJS.Timeout | undefined;
  private params = '';

  constructor(private readonly paths = enginePaths()) {}

  private start(): Promise<TWorker> {
    return (this.worker ??= (async () => {
      const { createWorker, OEM } = (await import('tesseract.js')) as TesseractModule & { default?: TesseractModule };
      const w = await createWorker('vie', OEM.LSTM_ONLY, { langPath: this.paths.langPath, workerPath: this.paths.workerPath, cacheMethod: 'none', gzip: true });
      this.params = '';
      return w;
    })().catch((e) => {
      this.worker = null;
      throw e;
    }));
  }

  /**
   * Recognises one grey/binary page image (PGM bytes) with the given segmentation mode. `dpi` is
   * the image's resolution (tesseract would otherwise guess it and print that it did).
   */
  async recognize(image: Uint8Array, psm: Psm, dpi = 300): Promise<OcrResult> {
    clearTimeout(this.idle);
    if (this.used >= RECYCLE_AFTER) await this.stop();
    const w = await this.start();
    const params = `${psm}/${Math.round(dpi)}`;
    if (this.params !== params) {
      await w.setParameters({ tessedit_pageseg_mode: psm as never, preserve_interword_spaces: '0', user_defined_dpi: String(Math.round(dpi)) });
      this.params = params;
    }
    this.used++;
    const r = await w.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, blocks: true });
    this.idle = setTimeout(() => void this.stop(), IDLE_MS);
    this.idle.unref?.();
    const blocks: OcrBlock[] = (r.data.blocks ?? []).map((b) => ({
      text: b.text,
      conf: b.confidence,
      lines: b.paragraphs.flatMap((p) =>
        p.lines.map((l) => ({
          text: l.text.trim(),
          conf: l.confidence,
          ...l.bbox,
          words: l.words.map((wd) => ({ text: wd.text, conf: wd.confidence, ...wd.bbox })),
        })),
      ),
    }));
    return { text: r.data.text, conf: r.data.confidence, blocks };
  }

  /** Stops the worker (cancel, recycle, idle, shutdown); a later call starts a new one. */
  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const w = this.worker;
    this.worker = null;
    this.used = 0;
    if (w) await w.then((x) => x.terminate()).catch(() => undefined);
  }
}
