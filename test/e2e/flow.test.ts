// The clerk's day in a real browser (browser mode, fresh data folder): first-run setup, import of
// Công văn 3080-CV/BTGTU, forwarding letter 65-CV/BTGQU, the outgoing register, a Thông báo nhanh.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { startHost, type Host } from '../../electron/host/server';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { tempDir } from '../helpers/tmp';

const enabled = chromiumAvailable();
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(resultsDir(), `ui-${name}.png`), fullPage: true });

describe.runIf(enabled)('the clerk flow in Chromium (browser mode, fresh data folder)', () => {
  let ctx: AppContext;
  let host: Host;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ctx = openAppContext({ dataDir: tempDir() });
    host = await startHost({ dispatch: ctx.dispatch, staticDir: path.resolve('build/renderer') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(host.url);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    ctx?.close();
  });

  it('1. first-run setup with the Quận 1 sample profile and next CV number 65', async () => {
    await page.getByRole('heading', { name: 'Thiết lập ban đầu' }).waitFor();
    const sample = page.getByLabel('Hồ sơ mẫu');
    await sample.selectOption({ label: 'Ban Tuyên giáo Quận ủy Quận 1 (nhiệm kỳ 2020 - 2025)' });
    expect(await page.getByLabel('Ký hiệu cơ quan').inputValue()).toBe('BTGQU');
    await page.getByLabel('Số công văn tiếp theo').fill('65');
    await shot(page, '1-first-run');
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await page.getByTestId('office-name').getByText('QUẬN ỦY QUẬN 1').waitFor();
    const profile = await ctx.dispatch('profile:get', {});
    expect(profile.ok && (profile.value as { issuerCode: string }).issuerCode).toBe('BTGQU');
    await page.getByRole('heading', { name: 'Văn bản đến' }).waitFor();
  });
});
