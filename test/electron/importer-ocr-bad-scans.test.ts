// Bad scans get a clear Vietnamese answer fast (or a bounded, cancellable run), and nothing is
// registered: blank, noise, corrupt image, password PDF, 200-page PDF, upside-down page; and the
// importer:progress / importer:cancel channels a running OCR is watched and stopped through.
import fs from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { importerHandlers } from '../../electron/importer/ipc';
import { readDocumentBytes } from '../../electron/importer/read';
import { imageSource } from '../../electron/ocr/decode';
import { OcrHost, stopOcr } from '../../electron/ocr/host';
import { rotate180 } from '../../electron/ocr/image';
import { AppError } from '../../shared/errors';

const dir = path.resolve(__dirname, '../fixtures/ocr');
const ocr = new OcrHost();
afterAll(async () => {
  await ocr.stop();
  await stopOcr();
});

const png = (w: number, h: number, px: (x: number, y: number) => number) => {
  const p = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const v = px(x, y);
    p.data.set([v, v, v, 255], (y * w + x) * 4);
  }
  return new Uint8Array(PNG.sync.write(p));
};

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

async function timed<T>(p: Promise<T>): Promise<{ ms: number; value: T | AppError }> {
  const t = Date.now();
  const value = await p.catch((e: AppError) => e);
  return { ms: Date.now() - t, value };
}

describe('bad scans', () => {
  it('a blank page → "Bản quét trắng" within 5 s', async () => {
    const { ms, value } = await timed(readDocumentBytes(png(1654, 2339, () => 250), 'trang.png', { host: ocr }));
    expect((value as AppError).message).toMatch(/Bản quét trắng/);
    expect(ms).toBeLessThan(5000);
  });

  it('1 MB of noise as an image → "quá nhiễu" within 5 s', async () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 255;
    const noise = png(1100, 1100, () => rnd());
    expect(noise.length).toBeGreaterThan(1_000_000);
    const { ms, value } = await timed(readDocumentBytes(noise, 'nhieu.png', { host: ocr }));
    expect((value as AppError).message).toMatch(/quá nhiễu/);
    expect(ms).toBeLessThan(5000);
  });

  it('a corrupt JPEG → "Tệp ảnh bị hỏng"', async () => {
    const good = fs.readFileSync(path.join(dir, 's2-state-ubnd.jpg'));
    const cut = new Uint8Array(good.subarray(0, 4000));
    expect((await refusal(readDocumentBytes(cut, 'hong.jpg', { host: ocr }))).message).toMatch(/Tệp ảnh bị hỏng/);
    const junk = new Uint8Array([0xff, 0xd8, 0xff, ...Array.from({ length: 3000 }, (_, i) => (i * 37) & 255)]);
    expect((await refusal(readDocumentBytes(junk, 'rac.jpg', { host: ocr }))).message).toMatch(/Tệp ảnh bị hỏng/);
  });

  it('a 200-page image-only PDF → bounded: at most 12 pages read, with a warning; blank pages → clear message fast', async () => {
    const white = jpeg.encode({ width: 827, height: 1170, data: Buffer.alloc(827 * 1170 * 4, 255) }, 50).data;
    const pdf = await PDFDocument.create();
    const img = await pdf.embedJpg(white);
    for (let i = 0; i < 200; i++) pdf.addPage([595, 842]).drawImage(img, { x: 0, y: 0, width: 595, height: 842 });
    const pages: number[] = [];
    const { ms, value } = await timed(readDocumentBytes(await pdf.save(), 'dai.pdf', { host: ocr, onProgress: (p) => pages.push(p.pages) }));
    expect((value as AppError).message).toMatch(/Bản quét trắng/);
    expect(Math.max(...pages)).toBe(12);
    expect(ms).toBeLessThan(5000);
  });

  it('reads an upside-down page (turned round) and says so', async () => {
    const src = await imageSource(new Uint8Array(fs.readFileSync(path.join(dir, 's4-state-so.png'))), 'png').page(0);
    const turned = rotate180(src.grey);
    const r = await readDocumentBytes(png(turned.w, turned.h, (x, y) => turned.data[y * turned.w + x]!), 'nguoc.png', { host: ocr });
    expect(r.metadata.number).toBe('1567/SVHTTDL-VP');
    expect(r.warnings.map((w) => w.message).join(' ')).toMatch(/bị ngược/);
  }, 60_000);
});

describe('importer:progress and importer:cancel', () => {
  const h = importerHandlers();
  const tif = fs.readFileSync(path.join(dir, 's3-party-tinh-2p.tif')).toString('base64');

  it('reports the page being read, then cancel stops the run with a Vietnamese message', async () => {
    const run = h.extract({ fileName: 's3.tif', dataBase64: tif, jobId: 'job-cancel' });
    let p = await h.progress({ jobId: 'job-cancel' });
    while (p.running && p.stage !== 'ocr') {
      await new Promise((r) => setTimeout(r, 20));
      p = await h.progress({ jobId: 'job-cancel' });
    }
    expect(p).toMatchObject({ running: true, page: 1, pages: 2, stage: 'ocr' });
    const t = Date.now();
    expect(await h.cancel({ jobId: 'job-cancel' })).toEqual({ cancelled: true });
    expect((await refusal(Promise.resolve(run))).message).toMatch(/Đã hủy nhận dạng chữ/);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(await h.progress({ jobId: 'job-cancel' })).toMatchObject({ running: false });
    expect(await h.cancel({ jobId: 'job-cancel' })).toEqual({ cancelled: false });
  }, 60_000);

  it('the worker is reused after a cancel: the next file is read normally', async () => {
    const r = await h.extract({ fileName: 's4.png', dataBase64: fs.readFileSync(path.join(dir, 's4-state-so.png')).toString('base64'), jobId: 'job-next' });
    expect(r.metadata.number).toBe('1567/SVHTTDL-VP');
    expect(r.textSource).toBe('ocr');
    expect(r.ocr?.fields.number?.crop).toMatch(/^data:image\/png;base64,/);
  }, 60_000);
});
