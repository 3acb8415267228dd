// Issue 11: the minimal clerk path — paste a circular, register it, compose the forwarding letter, issue
// it, save its PDF — counted at the bridge. Main owns the flow, so the path takes few round trips and
// no request carries document bytes from the renderer (a pasted text is input, not a document).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../helpers/browser';
import { openBrowserApp, type BrowserApp } from '../helpers/browserApp';
import { tempDir } from '../helpers/tmp';
import { requireTools } from '../helpers/tools';

const enabled = chromiumAvailable() && requireTools('pdftotext');
const circular = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/intake/cv-3080-btgtu.txt'), 'utf8');
// Base64 starts of %PDF- and of a DOCX (zip): what document bytes look like on the wire.
const DOCUMENT_BYTES = /JVBERi0|UEsDB/;

describe.runIf(enabled)('round trips from paste to saved PDF (browser mode, bridge instrumented)', () => {
  let browser: Browser;
  let app: BrowserApp;
  let page: Page;
  const calls: { channel: string; input: string }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openBrowserApp(browser, {
      dispatch: (ctx) => (channel, input) => {
        calls.push({ channel, input: JSON.stringify(input) ?? '' });
        return ctx.dispatch(channel, input);
      },
      page: { acceptDownloads: true },
    });
    page = app.page;
    await page.getByRole('heading', { name: 'Văn bản đến' }).waitFor();
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('takes at most 10 round trips, none carrying document bytes up', async () => {
    await page.waitForLoadState('networkidle');
    const start = calls.length;
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Hoặc dán nội dung văn bản').fill(circular);
    await dialog.getByRole('button', { name: 'Đọc văn bản' }).click();
    await dialog.getByRole('heading', { name: 'Kiểm tra thông tin trước khi lưu' }).waitFor();
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /3080-CV\/BTGTU/ }).click();
    await page.getByRole('button', { name: 'Soạn công văn chuyển tiếp', exact: true }).click();
    const previewText = page.getByTestId('preview-text');
    await expect.poll(() => previewText.innerText(), { timeout: 20_000 }).toContain('BAN TUYÊN GIÁO');
    await page.getByLabel('Kính gửi (mỗi dòng một nơi nhận)').fill('Cấp ủy cơ sở đảng');
    await expect.poll(() => previewText.innerText(), { timeout: 20_000 }).toContain('Cấp ủy cơ sở đảng');
    await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByText(/Đã phát hành: Số \d+-CV\/BTGQU/).first().waitFor({ timeout: 30_000 });
    const [dl] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất PDF', exact: true }).click()])) as [Download, void];
    const file = path.join(tempDir(), dl.suggestedFilename());
    await dl.saveAs(file);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Thực hiện Công văn số 3080-CV/BTGTU');

    const path_ = calls.slice(start);
    console.log(`round trips paste → saved PDF: ${path_.length}: ${path_.map((c) => c.channel).join(', ')}`);
    expect(path_.length).toBeLessThanOrEqual(10);
    expect(path_.filter((c) => DOCUMENT_BYTES.test(c.input)).map((c) => c.channel)).toEqual([]);
  });
});
