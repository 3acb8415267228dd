// OCR intake speed (issue 13): a one-page scan from file to filled fields, with the long-lived
// worker warm as in the app (the cold start — loading the WebAssembly core and the model — is
// shown on its own line), peak memory of the whole process (the worker thread included), and a
// text-layer PDF that must not go through OCR. Run from the repository root.
import fs from 'node:fs';
import path from 'node:path';
import { readDocumentBytes } from '../../electron/importer/read';
import { OcrHost } from '../../electron/ocr/host';
import type { BenchPart, BenchRow } from './index';
import { median } from './ui';

const dir = path.resolve('test/fixtures/ocr');
const ONE_PAGE = ['s1-party-cv.pdf', 's2-state-ubnd.jpg', 's4-state-so.png'];
const RUNS = Number(process.env.VANTHU_BENCH_OCR_RUNS ?? 3);

export const ocrBench: BenchPart = {
  name: 'ocr',
  async run(): Promise<BenchRow[]> {
    const ocr = new OcrHost();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    try {
      const read = (f: string) => readDocumentBytes(new Uint8Array(fs.readFileSync(path.join(dir, f))), f, { host: ocr });
      let t = performance.now();
      await read(ONE_PAGE[0]!);
      const cold = performance.now() - t;
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        for (const f of ONE_PAGE) {
          t = performance.now();
          await read(f);
          times.push(performance.now() - t);
        }
      }
      t = performance.now();
      await read('s3-party-tinh-2p.tif');
      const twoPages = performance.now() - t;
      const text = new Uint8Array(fs.readFileSync(path.resolve('test/fixtures/parse/office/lo-p01-cv-btgtu-hcm.pdf')));
      await readDocumentBytes(text, 'cv.pdf', { host: ocr });
      const textTimes: number[] = [];
      for (let i = 0; i < 10; i++) {
        t = performance.now();
        const r = await readDocumentBytes(text, 'cv.pdf', { host: ocr });
        textTimes.push(performance.now() - t);
        if (r.textSource !== 'text') throw new Error('a text-layer PDF went through OCR');
      }
      return [
        { name: 'quét 1 trang A4 → trường (trung vị, worker ấm)', value: median(times), unit: 'ms', target: '≤ 6000', ok: median(times) <= 6000 },
        { name: 'lần đầu (nạp lõi + mô hình + 1 trang)', value: cold, unit: 'ms' },
        { name: 'TIFF 2 trang, mỗi trang', value: twoPages / 2, unit: 'ms', target: '≤ 6000', ok: twoPages / 2 <= 6000 },
        { name: 'bộ nhớ đỉnh (RSS cả tiến trình)', value: peak / 1024 / 1024, unit: 'MB', target: '≤ 600', ok: peak / 1024 / 1024 <= 600 },
        { name: 'PDF có lớp chữ (không OCR, trung vị)', value: median(textTimes), unit: 'ms', target: '≤ 300', ok: median(textTimes) <= 300 },
      ];
    } finally {
      clearInterval(sampler);
      await ocr.stop();
    }
  },
};
