// The main-process side of the OCR worker (./worker.ts): one long-lived worker thread per process,
// started on first use and reused between files; scans are read one at a time, in order. Cancel
// answers at once and tells the worker to stop (the next file then waits until it has). Memory
// stays bounded: the worker's JS heap is capped, it is recycled after a number of files and when
// idle, and a worker that dies (out of memory, crash) fails only its current file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorShape } from '../../shared/errors';
import type { ImportResult } from '../importer/types';
import type { ScanFormat } from './decode';
import { ocrErrors } from './errors';
import type { OcrProgress } from './scan';

export type ToWorker = { type: 'read'; id: number; bytes: Uint8Array; format: ScanFormat } | { type: 'cancel'; id: number } | { type: 'stop' };
export type FromWorker =
  | { type: 'progress'; id: number; progress: OcrProgress }
  | { type: 'done'; id: number; result: ImportResult }
  | { type: 'failed'; id: number; error: AppErrorShape };

const RECYCLE_AFTER_FILES = 30;
const IDLE_MS = 5 * 60_000;
/** JS heap of the worker (pages are typed arrays outside it; tesseract's WebAssembly heap is in its own thread). */
const HEAP_MB = 512;

function here(): string {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

let devBundle: Promise<string> | null = null;
/**
 * The worker's script. Built: `ocr-worker.mjs` beside the bundles (unpacked from the asar).
 * From the TypeScript sources (tests): bundled once by esbuild into node_modules/.cache, where
 * its packages (tesseract.js, pdfjs-dist) resolve as in the app.
 */
function workerScript(): Promise<string> {
  const dir = here();
  // The sources: this file sits beside worker.ts (a bundle sits in build/).
  if (!fs.existsSync(path.join(dir, 'worker.ts'))) {
    for (let d = dir, i = 0; i < 3; i++, d = path.dirname(d)) {
      for (const base of [d.replace(/app\.asar(?=[\\/]|$)/, 'app.asar.unpacked'), d]) {
        const p = path.join(base, 'ocr-worker.mjs');
        if (fs.existsSync(p)) return Promise.resolve(p);
      }
    }
    return Promise.reject(ocrErrors.engineMissing());
  }
  return (devBundle ??= (async () => {
    const root = path.resolve(dir, '../..');
    const esbuild = await import('esbuild');
    const r = await esbuild.build({ entryPoints: [path.join(dir, 'worker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node22', packages: 'external', write: false, logLevel: 'warning' });
    const code = r.outputFiles[0]!.contents;
    // Named by content: parallel test processes share one file, written whole (rename) or already there.
    const out = path.join(root, 'node_modules/.cache/vanthu', `ocr-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!fs.existsSync(out)) {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(`${out}.${process.pid}`, code);
      fs.renameSync(`${out}.${process.pid}`, out);
    }
    return out;
  })());
}

type Job = { resolve: (r: ImportResult) => void; reject: (e: unknown) => void; onProgress?: (p: OcrProgress) => void; done: () => void };

export class OcrHost {
  private worker: Worker | null = null;
  private jobs = new Map<number, Job>();
  private nextId = 1;
  private files = 0;
  private queue: Promise<void> = Promise.resolve();
  private idle: NodeJS.Timeout | undefined;

  private async start(): Promise<Worker> {
    if (this.worker) return this.worker;
    const w = new Worker(await workerScript(), { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 8 } });
    w.on('message', (m: FromWorker) => {
      const job = this.jobs.get(m.id);
      if (!job) return;
      if (m.type === 'progress') return job.onProgress?.(m.progress);
      this.jobs.delete(m.id);
      job.done();
      if (m.type === 'done') job.resolve(m.result);
      else job.reject(new AppError(m.error.code, m.error.message, m.error.details));
    });
    let error: unknown = null;
    w.on('error', (e) => (error = e));
    // Whatever ends the worker (stop, recycle, out of memory, a crash) fails only the file it was reading.
    w.on('exit', () => {
      if (this.worker === w) this.worker = null;
      const err = (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? ocrErrors.tooMuchMemory() : ocrErrors.workerFailed();
      for (const job of this.jobs.values()) {
        job.done();
        job.reject(err);
      }
      this.jobs.clear();
    });
    // Only a worker with a file to read keeps the process alive (see read()).
    w.unref();
    this.worker = w;
    this.files = 0;
    return w;
  }

  /** Reads one scan in the worker; files queue one behind the other. */
  read(bytes: Uint8Array, format: ScanFormat, opts: { signal?: AbortSignal; onProgress?: (p: OcrProgress) => void } = {}): Promise<ImportResult> {
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(ocrErrors.cancelled());
    return new Promise<ImportResult>((resolve, reject) => {
      const id = this.nextId++;
      let done!: () => void;
      const settled = new Promise<void>((r) => (done = r));
      const prev = this.queue;
      this.queue = prev.then(() => settled);
      const onAbort = () => {
        reject(ocrErrors.cancelled());
        this.worker?.postMessage({ type: 'cancel', id } satisfies ToWorker);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const finish = () => signal?.removeEventListener('abort', onAbort);
      void prev.then(async () => {
        if (signal?.aborted) return done();
        clearTimeout(this.idle);
        if (this.files >= RECYCLE_AFTER_FILES) await this.stop();
        let w: Worker;
        try {
          w = await this.start();
        } catch (e) {
          done();
          return reject(e);
        }
        this.files++;
        this.jobs.set(id, { resolve, reject, onProgress: opts.onProgress, done });
        w.ref();
        w.postMessage({ type: 'read', id, bytes, format } satisfies ToWorker);
      });
      void settled.then(() => {
        finish();
        if (!this.jobs.size) this.worker?.unref();
        this.idle = setTimeout(() => void this.stop(), IDLE_MS);
        this.idle.unref?.();
      });
    });
  }

  /** Ends the worker (idle, recycle, shutdown); a later read starts a new one. */
  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const w = this.worker;
    if (!w) return;
    this.worker = null;
    const exited = new Promise<void>((r) => w.once('exit', () => r()));
    w.postMessage({ type: 'stop' } satisfies ToWorker);
    // A worker busy in a long synchronous pass is not waited for.
    const t = setTimeout(() => void w.terminate(), 2000);
    await exited;
    clearTimeout(t);
  }
}

let shared: OcrHost | null = null;
/** The process's one OCR worker (desktop main, web host, CLI). */
export const ocrHost = () => (shared ??= new OcrHost());
/** Stops the shared OCR worker if it was ever started (CLI exit, app quit). */
export const stopOcr = async () => {
  await shared?.stop();
};
