// The OCR worker thread: one per process, long-lived, reading one scan at a time for ./host.ts.
// It owns the tesseract engine (itself a worker thread of this one), so decoding, seal removal,
// deskew, binarising, OCR and parsing all happen off the main process's thread.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../shared/errors';
import { OcrEngine } from './engine';
import type { FromWorker, ToWorker } from './host';
import { scanToResult } from './pipeline';

const engine = new OcrEngine();
const running = new Map<number, AbortController>();
const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', (m: ToWorker) => {
  if (m.type === 'cancel') {
    running.get(m.id)?.abort();
    return;
  }
  if (m.type === 'stop') {
    void engine.stop().then(() => process.exit(0));
    return;
  }
  const ac = new AbortController();
  running.set(m.id, ac);
  scanToResult(m.bytes, m.format, engine, { signal: ac.signal, onProgress: (p) => post({ type: 'progress', id: m.id, progress: p }) })
    .then((result) => post({ type: 'done', id: m.id, result }))
    .catch((e: unknown) => {
      const error = e instanceof AppError ? e.toShape() : { code: 'INTERNAL' as const, message: String((e as Error)?.message ?? e) };
      post({ type: 'failed', id: m.id, error });
    })
    .finally(() => running.delete(m.id));
});
