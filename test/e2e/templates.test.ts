// The template library in a real browser (browser mode, fresh data folders): copy the built-in Kế
// hoạch, rename it, change a paragraph and insert a field, save; export the template and import it
// into a second fresh data folder.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { startHost, type Host } from '../../electron/host/server';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { tempDir } from '../helpers/tmp';

const enabled = chromiumAvailable();

type Office = { ctx: AppContext; host: Host; page: Page };

async function office(browser: Browser): Promise<Office> {
  const ctx = openAppContext({ dataDir: tempDir() });
  const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES.find((p) => p.issuerCode === 'BTGQU')!;
  const saved = await ctx.dispatch('profile:save', profile);
  expect(saved.ok).toBe(true);
  const host = await startHost({ dispatch: ctx.dispatch, staticDir: path.resolve('build/renderer') });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(host.url);
  await page.getByTestId('office-name').getByText('QUẬN ỦY QUẬN 1').waitFor();
  return { ctx, host, page };
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(resultsDir(), `ui-templates-${name}.png`) });

describe.runIf(enabled)('template library in Chromium', () => {
  let browser: Browser;
  const offices: Office[] = [];
  let exported = '';

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const o of offices) {
      await o.host.close();
      o.ctx.close();
    }
  });

  it('copies the built-in Kế hoạch, renames it, changes a paragraph, inserts a field and saves', async () => {
    const a = await office(browser);
    offices.push(a);
    const { page } = a;
    await page.getByRole('navigation').getByRole('button', { name: 'Mẫu văn bản' }).click();
    await page.getByRole('heading', { name: 'Mẫu văn bản' }).waitFor();
    await page.getByRole('button', { name: 'Sao chép để sửa: Kế hoạch' }).click();
    const name = page.getByRole('textbox', { name: 'Tên mẫu' });
    await name.waitFor();
    await name.fill('Kế hoạch tuyên truyền của Ban');
    const para = page.getByRole('textbox', { name: 'Đoạn 2: Đoạn văn' });
    await para.fill('Ban Tuyên giáo Quận ủy ban hành kế hoạch tuyên truyền tại địa bàn');
    // A new field, then "Chèn trường" puts it at the end of the paragraph.
    await page.getByRole('textbox', { name: 'Tên trường mới' }).fill('Địa bàn');
    await page.getByRole('button', { name: 'Thêm trường' }).click();
    await para.click();
    await para.press('End');
    await page.getByRole('button', { name: 'Chèn trường' }).click();
    await page.getByRole('menuitem', { name: 'Địa bàn' }).click();
    expect(await para.inputValue()).toMatch(/tại địa bàn \{\{diaBan\}\}/);
    await page.getByRole('button', { name: 'Thêm đoạn' }).click();
    await expect.poll(() => page.getByTestId('preview-text').innerText(), { timeout: 20_000 }).toContain('kế hoạch tuyên truyền tại địa bàn');
    await page.getByRole('textbox', { name: 'Tên mẫu' }).scrollIntoViewIfNeeded();
    await shot(page, '1-editor');
    await page.getByRole('button', { name: 'Lưu mẫu' }).click();
    await page.getByText('phiên bản 2', { exact: true }).waitFor();
    const list = await a.ctx.dispatch('templates:get', { id: 'cq-ke-hoach' });
    expect(list.ok && (list.value as { version: number; name: string })).toMatchObject({ version: 2, name: 'Kế hoạch tuyên truyền của Ban' });

    const [dl] = (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất mẫu' }).click()])) as [Download, void];
    exported = path.join(tempDir('vanthu-dl-'), dl.suggestedFilename());
    await dl.saveAs(exported);
    expect(JSON.parse(fs.readFileSync(exported, 'utf8'))).toMatchObject({ id: 'cq-ke-hoach', typeCode: 'KH', name: 'Kế hoạch tuyên truyền của Ban' });
    await page.getByRole('button', { name: 'Về thư viện mẫu' }).click();
    await page.getByTestId('template-row-cq-ke-hoach').getByText('phiên bản 2').waitFor();
    await shot(page, '2-library');
  });

  it('imports the exported template into a second fresh data folder; a bad file gets one Vietnamese error', async () => {
    const b = await office(browser);
    offices.push(b);
    const { page } = b;
    await page.getByRole('navigation').getByRole('button', { name: 'Mẫu văn bản' }).click();
    const bad = path.join(tempDir(), 'hong.json');
    fs.writeFileSync(bad, '{"id": ');
    await page.getByTestId('template-import-input').setInputFiles(bad);
    await page.getByText(/Tệp "hong\.json" không phải mẫu văn bản hợp lệ: không đọc được JSON/).waitFor();
    await page.getByTestId('template-import-input').setInputFiles(exported);
    await page.getByTestId('template-row-cq-ke-hoach').getByText('Kế hoạch tuyên truyền của Ban').waitFor();
    await shot(page, '3-imported');
    const t = await b.ctx.dispatch('templates:get', { id: 'cq-ke-hoach' });
    expect(t.ok && JSON.stringify((t.value as { definition: unknown }).definition)).toContain('{{diaBan}}');
  });

  it('Thể thức: an office setting with a live sample, saved dated', async () => {
    const { page, ctx } = offices[0]!;
    await page.getByRole('navigation').getByRole('button', { name: 'Cài đặt' }).click();
    const section = page.getByRole('region', { name: 'Thể thức' });
    await section.waitFor();
    await expect.poll(() => section.getByTestId('preview-text').innerText(), { timeout: 20_000 }).toContain('Số 12-CV/BTGQU');
    await section.getByLabel('Dấu hai chấm sau "Số"').selectOption({ label: 'Có: "Số: 12-KH/BTG"' });
    await section.getByLabel('Tiền tố trích yếu công văn').selectOption({ label: 'V/v' });
    await expect.poll(() => section.getByTestId('preview-text').innerText(), { timeout: 20_000 }).toContain('Số: 12-CV/BTGQU');
    await section.getByLabel('Căn cứ thay đổi').fill('Hướng dẫn mới của Văn phòng Trung ương');
    await section.scrollIntoViewIfNeeded();
    await shot(page, '4-format');
    await section.getByRole('button', { name: 'Lưu thể thức' }).click();
    await expect.poll(async () => {
      const r = await ctx.dispatch('format:list', {});
      return r.ok ? (r.value as { settings: unknown }[])[0]?.settings : null;
    }).toEqual({ numberColon: true, letterSubjectPrefix: 'V/v' });
  });
});
