// A scanned circular in the browser (browser mode, fresh data folder): drop an image-only PDF into
// "Nhập văn bản", watch the OCR progress, review the OCR'd fields (yellow, each with the crop of the
// page it was read from), save; the register's search finds a word that only the scan's body holds.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/context';
import { stopOcr } from '../../electron/ocr/host';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { openBrowserApp, type BrowserApp } from '../helpers/browserApp';

const scan = path.resolve(import.meta.dirname, '../fixtures/ocr/s1-party-cv.pdf');

describe.runIf(chromiumAvailable())('a scanned PDF through the import dialog (Chromium, browser mode)', () => {
  let browser: Browser;
  let app: BrowserApp;
  let ctx: AppContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openBrowserApp(browser);
    ({ ctx, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
    await stopOcr();
  });

  it('drop → progress → review with crops → save → search finds a word of the body', async () => {
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const b64 = fs.readFileSync(scan).toString('base64');
    // A real drop: a DataTransfer holding the PDF as a File, dispatched on the drop zone.
    type Dom = { DataTransfer: new () => { items: { add(f: unknown): void } }; File: new (parts: unknown[], name: string, o: { type: string }) => unknown };
    const dt = await page.evaluateHandle((data) => {
      const dom = globalThis as unknown as Dom;
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const t = new dom.DataTransfer();
      t.items.add(new dom.File([bytes], 'cong-van-quet.pdf', { type: 'application/pdf' }));
      return t;
    }, b64);
    await dialog.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dt });
    await dialog.getByRole('progressbar', { name: 'Đang nhận dạng chữ ảnh quét (OCR)' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(resultsDir(), 'ui-ocr-progress.png') });
    await dialog.getByRole('heading', { name: 'Kiểm tra thông tin trước khi lưu' }).waitFor({ timeout: 60_000 });
    expect(await dialog.getByLabel('Số, ký hiệu').inputValue()).toBe('112-CV/BTGQU');
    expect(await dialog.getByLabel('Ngày văn bản').inputValue()).toBe('15/01/2025');
    await dialog.getByText(/nhận dạng từ ảnh quét \(OCR\)/).waitFor();
    // The crops come from main as PNG data URLs and really are images of the page.
    const crop = dialog.getByRole('img', { name: 'Ảnh cắt từ bản quét: Số, ký hiệu' });
    expect(await crop.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await crop.evaluate((img: { naturalWidth: number }) => img.naturalWidth)).toBeGreaterThan(50);
    await dialog.getByRole('img', { name: 'Ảnh cắt từ bản quét: Ngày văn bản' }).waitFor();
    // Kính gửi and the signer are read too, each with its crop beside it (inside the same field).
    const kinhGui = dialog.getByRole('textbox', { name: /^Kính gửi/ });
    expect(await kinhGui.inputValue()).toBe('Các chi bộ, đảng bộ cơ sở trực thuộc Quận ủy\nMặt trận Tổ quốc và các đoàn thể chính trị - xã hội quận');
    const kgCrop = dialog.locator('label.field', { has: page.getByRole('textbox', { name: /^Kính gửi/ }) }).getByRole('img', { name: 'Ảnh cắt từ bản quét: Kính gửi' });
    expect(await kgCrop.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await kgCrop.evaluate((img: { naturalWidth: number; naturalHeight: number }) => [img.naturalWidth > 100, img.naturalHeight > 20])).toEqual([true, true]);
    await kinhGui.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(resultsDir(), 'ui-ocr-review-kinh-gui.png') });
    const signer = dialog.getByRole('textbox', { name: /^Người ký/ });
    expect(await signer.inputValue()).toBe('Trần Thị Thu Hà');
    await dialog.locator('label.field', { has: page.getByRole('textbox', { name: /^Người ký/ }) }).getByRole('img', { name: 'Ảnh cắt từ bản quét: Người ký' }).waitFor();
    expect(await dialog.locator('.field-ocr').count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: path.join(resultsDir(), 'ui-ocr-review.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: 'Sổ văn bản đến' });
    await table.getByRole('row', { name: /112-CV\/BTGQU/ }).waitFor();
    // "Nhiêu Lộc" only occurs in the body of the scan (typed without diacritics).
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('nhieu loc');
    await table.getByRole('row', { name: /112-CV\/BTGQU/ }).waitFor();
    const list = await ctx.dispatch('incoming:list', { query: 'nhieu loc' } as never);
    expect(JSON.stringify(list)).toContain('112-CV/BTGQU');
  }, 120_000);
});
