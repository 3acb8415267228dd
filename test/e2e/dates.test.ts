// Defect 12: in an English browser <input type="date"> showed 07/10/2023 for 10 July. Every date field
// is now a DateInput: day first, typed the way a clerk types, stored ISO, with a Vietnamese calendar.
// Chromium runs with an en-US locale on purpose.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/context';
import type { IncomingRow } from '../../shared/domain/incoming';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { openBrowserApp, type BrowserApp } from '../helpers/browserApp';

const enabled = chromiumAvailable();
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe.runIf(enabled)('date fields in an en-US Chromium', () => {
  let browser: Browser;
  let app: BrowserApp;
  let ctx: AppContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium(['--lang=en-US']);
    app = await openBrowserApp(browser, { page: { viewport: { width: 1280, height: 860 }, locale: 'en-US' } });
    ({ ctx, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('shows and reads dd/mm/yyyy, keeps the last valid date on bad input, and stores ISO', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { navigator: { language: string } }).navigator.language)).toBe('en-US');
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    const dialog = page.getByRole('dialog').first(); // the calendar is a dialog inside it
    await dialog.getByLabel('Hoặc dán nội dung văn bản').fill(fixture('cv-3080-btgtu.txt'));
    await dialog.getByRole('button', { name: 'Đọc văn bản' }).click();
    await dialog.getByRole('heading', { name: 'Kiểm tra thông tin trước khi lưu' }).waitFor();
    expect(await dialog.locator('input[type="date"]').count()).toBe(0);
    // The parsed date of the circular (10 July 2023) reads day first.
    expect(await dialog.getByLabel('Ngày văn bản').inputValue()).toBe('10/07/2023');

    const arrival = dialog.getByLabel('Ngày đến');
    await arrival.fill('12/7/2023');
    await arrival.press('Tab');
    expect(await arrival.inputValue()).toBe('12/07/2023');
    for (const [typed, shown] of [['12-7-2023', '12/07/2023'], ['12072023', '12/07/2023'], ['12.7.23', '12/07/2023']] as const) {
      await arrival.fill(typed);
      await arrival.press('Tab');
      expect(await arrival.inputValue(), typed).toBe(shown);
    }

    // The calendar: Vietnamese month, weeks from Monday, keyboard only.
    const field = dialog.locator('.date-field', { has: page.getByLabel('Ngày đến', { exact: true }) });
    await field.getByRole('button', { name: 'Mở lịch' }).click();
    const cal = page.getByRole('dialog', { name: 'Tháng 7 năm 2023' });
    await cal.waitFor();
    expect(await cal.getByRole('columnheader').allInnerTexts()).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    // 1 July 2023 was a Saturday: the first row has five empty cells before it.
    expect(await cal.locator('tbody tr').first().locator('td').nth(5).innerText()).toBe('1');
    await page.screenshot({ path: path.join(resultsDir(), 'ui-date-calendar.png') });
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('aria-label'))).toBe('Ngày 12 tháng 7 năm 2023');
    await page.keyboard.press('PageDown');
    await page.getByRole('dialog', { name: 'Tháng 8 năm 2023' }).waitFor();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await cal.waitFor({ state: 'detached' });
    expect(await arrival.inputValue()).toBe('13/07/2023');

    // Not a date: a Vietnamese hint, and the field keeps 13/07/2023 (never another date).
    await arrival.fill('31/2/2023');
    await arrival.press('Tab');
    await field.getByRole('alert').getByText('“31/2/2023” không phải là ngày hợp lệ').waitFor();
    expect(await field.getByRole('alert').innerText()).toContain('Vẫn dùng ngày 13/07/2023');
    expect(await arrival.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: path.join(resultsDir(), 'ui-date-invalid.png') });

    await dialog.getByLabel('Hạn xử lý').fill('1/8/2023');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const list = await ctx.dispatch('incoming:list', {});
    if (!list.ok) throw new Error(list.error.message);
    const row = (list.value as { rows: IncomingRow[] }).rows[0]!;
    expect([row.arrivalDate, row.docDate, row.deadline]).toEqual(['2023-07-13', '2023-07-10', '2023-08-01']);
  });
});
