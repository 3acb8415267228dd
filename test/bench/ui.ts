// UI benchmark: the browser mode in Chromium. First load to an interactive incoming register
// (rows on screen), the main JS bundle's gzipped size, and how fast the live preview follows typing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { openAppContext } from '../../electron/context';
import { startHost } from '../../electron/host/server';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import type { IncomingCreateInput } from '../../shared/domain/incoming';
import type { BenchPart, BenchRow } from './index';

const DOCS = Number(process.env.VANTHU_BENCH_UI_DOCS ?? 10_000);
const LOADS = 20;
const EDITS = 12;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// Page-side code as strings: this file is type-checked without the DOM library.
type PageDoc = { document: { querySelector(s: string): { textContent: string | null } | null } };
// Runs in the page (serialised by Playwright; CSP forbids string predicates there).
export const previewHas = (w: string) => ((globalThis as unknown as PageDoc).document.querySelector('[data-testid="preview-text"]')?.textContent ?? '').includes(w);
const firstRowIsNot = (b: string) => (globalThis as unknown as PageDoc).document.querySelector('table[aria-label="Sổ văn bản đến"] tbody tr')?.textContent !== b;
const TYPE_WHILE_RENDERING = `(async () => {
  const el = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('Lời kết')).querySelector('input');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const out = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    setter.call(el, 'Trân trọng' + '.'.repeat(i % 7) + ' ' + i);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 60));
  }
  return out;
})()`;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The entry chunk named by index.html (the lazily loaded chunks are not part of first load). */
export function mainBundleGzip(rendererDir: string): { file: string; bytes: number } {
  const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const src = /<script[^>]+src="\.?\/?([^"]+\.js)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html names no script');
  return { file: src, bytes: zlib.gzipSync(fs.readFileSync(path.join(rendererDir, src)), { level: 9 }).length };
}

function seed(n: number): IncomingCreateInput[] {
  const issuers = ['Ban Tuyên giáo Thành ủy', 'Văn phòng Quận ủy', 'Ban Tổ chức Quận ủy', 'Ủy ban nhân dân quận'];
  return Array.from({ length: n }, (_, i) => ({
    arrivalDate: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    number: `${1000 + i}-CV/BTGTU`,
    issuer: issuers[i % issuers.length]!,
    docDate: '2023-07-10',
    docType: 'Công văn',
    typeCode: 'CV',
    subject: `gửi tài liệu Thông báo nhanh kết quả Hội nghị lần thứ ${i % 40} về công tác tuyên truyền`,
    fullText: `Thực hiện kế hoạch tuyên truyền số ${i}; đề nghị các đơn vị triển khai, báo cáo kết quả.`,
    allowDuplicate: true,
  }));
}

export const uiBench: BenchPart = {
  name: 'Giao diện (chế độ trình duyệt, Chromium)',
  async run(): Promise<BenchRow[]> {
    const rendererDir = path.resolve('build/renderer');
    const bundle = mainBundleGzip(rendererDir);
    const rows: BenchRow[] = [{ name: `JS chính (gzip) ${bundle.file}`, value: bundle.bytes / 1024, unit: 'KB', target: '≤ 400 KB', ok: bundle.bytes <= 400 * 1024 }];

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-ui-'));
    const ctx = openAppContext({ dataDir: dir });
    const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
    await ctx.dispatch('profile:save', profile);
    const inputs = seed(DOCS);
    for (let i = 0; i < inputs.length; i += 1000) ctx.services.incoming.createBatch(inputs.slice(i, i + 1000));
    const host = await startHost({ dispatch: ctx.dispatch, staticDir: rendererDir });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    try {
      const loads: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
        const t0 = performance.now();
        await page.goto(host.url);
        await page.getByRole('table', { name: 'Sổ văn bản đến' }).locator('tbody tr').first().waitFor();
        loads.push(performance.now() - t0);
        await page.close();
      }
      rows.push({ name: `Mở ứng dụng → sổ văn bản đến có dữ liệu (${DOCS.toLocaleString('vi-VN')} văn bản, trung vị ${LOADS} lần)`, value: median(loads), unit: 'ms', target: '≤ 1000 ms', ok: median(loads) <= 1000 });

      // Paging and search against the server, as the clerk sees them.
      const page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
      await page.goto(host.url);
      const table = page.getByRole('table', { name: 'Sổ văn bản đến' });
      await table.locator('tbody tr').first().waitFor();
      const paging: number[] = [];
      for (let i = 0; i < 10; i++) {
        const before = await table.locator('tbody tr').first().innerText();
        const t0 = performance.now();
        await page.getByRole('button', { name: 'Trang sau' }).click();
        await page.waitForFunction(firstRowIsNot, before.replace(/\t/g, ''));
        paging.push(performance.now() - t0);
      }
      rows.push({ name: 'Sang trang sổ văn bản đến (trung vị 10 lần)', value: median(paging), unit: 'ms', target: '≤ 300 ms', ok: median(paging) <= 300 });

      // Live preview: keystroke → preview text shows it.
      await table.locator('tbody tr').first().click();
      await page.getByRole('button', { name: 'Soạn công văn chuyển tiếp', exact: true }).click();
      const closing = page.getByLabel('Lời kết', { exact: true });
      await closing.waitFor();
      await page.waitForFunction(previewHas, 'BAN TUYÊN GIÁO', { timeout: 30_000 });
      const follow: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const word = `Kiểmtra${i}x`;
        const t0 = performance.now();
        await closing.fill(`Trân trọng ${word}.`);
        await page.waitForFunction(previewHas, word, { timeout: 30_000 });
        follow.push(performance.now() - t0);
      }
      rows.push({ name: `Gõ → bản xem trước cập nhật (trung vị ${EDITS} lần, gồm chờ gõ 40 ms)`, value: median(follow), unit: 'ms', target: '≤ 150 ms', ok: median(follow) <= 150 });
      // Typing while previews render: each keystroke (every 60 ms, 40 of them) to the next frame, in the page.
      const frames = (await page.evaluate(TYPE_WHILE_RENDERING)) as number[];
      const worst = [...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]!;
      rows.push({ name: 'Gõ khi đang vẽ bản xem trước → khung hình kế tiếp (p95, 40 phím)', value: worst, unit: 'ms', target: '≤ 50 ms', ok: worst <= 50 });
    } finally {
      await browser.close();
      await host.close();
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
