// Issue 15 in Chromium: "Ngày đăng bài" where sources are pasted; the facts panel shows why an inferred fact
// is what it is (the line it rests on) and a correction reaches the draft through main.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { openBrowserApp, sampleOffice, type BrowserApp } from '../helpers/browserApp';

const article = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/report/articles', name), 'utf8');

describe.runIf(chromiumAvailable() && fs.existsSync('build/renderer/index.html'))('Thông báo nhanh facts panel (browser mode)', () => {
  let browser: Browser;
  let app: BrowserApp;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await openBrowserApp(browser, { profile: { ...sampleOffice(1), validFrom: '2020-01-01' } });
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('a day without a year: resolved from "Ngày đăng bài" with its evidence; the clerk corrects it and the draft follows', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Soạn thảo', exact: true }).click();
    await page.getByRole('button', { name: 'Thông báo nhanh mới' }).click();
    await page.getByLabel('Nội dung nguồn 1').fill(article('a11-thanh-uy-can-tho-no-year.txt'));
    await page.getByLabel('Ngày đăng bài').fill('16/08/2024');
    await page.getByLabel('Ngày đăng bài').blur();
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    const panel = page.getByRole('region', { name: 'Dữ kiện rút ra — hãy xác nhận' });
    await panel.waitFor({ timeout: 30_000 });
    expect(await panel.getByLabel('Ngày bắt đầu').inputValue()).toBe('15/08/2024');
    await expect.poll(() => panel.innerText()).toContain('Căn cứ: “Ngày đăng bài: 16/08/2024”');
    expect(await panel.getByLabel('Chủ trì 1: họ tên').inputValue()).toBe('Đỗ Thanh Bình');
    await panel.screenshot({ path: path.join(resultsDir(), 'ui-quick-facts.png') });

    await panel.getByLabel('Ngày bắt đầu').fill('14/08/2024');
    await panel.getByLabel('Ngày bắt đầu').blur();
    await panel.getByLabel('Ngày kết thúc').fill('14/08/2024');
    await panel.getByLabel('Ngày kết thúc').blur();
    await panel.getByLabel('Lần thứ').fill('12');
    await panel.getByRole('button', { name: 'Áp dụng các sửa đổi vào dự thảo' }).click();
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain('Văn thư đã sửa.');
    await expect.poll(() => page.getByTestId('preview-text').innerText(), { timeout: 20_000 }).toContain('lần thứ 12');
    expect(await page.getByTestId('preview-text').innerText()).toContain('Ngày 14 tháng 8 năm 2024');
  });
});
