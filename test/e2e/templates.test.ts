// The template library in a real browser (browser mode, fresh data folders): copy the built-in Kế
// hoạch, rename it, change a paragraph and insert a field, save; export the template and import it
// into a second fresh data folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
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

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [dl] = (await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()])) as [Download, void];
  const file = path.join(tempDir('vanthu-dl-'), dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

/** "Soạn văn bản mới" from a template chosen in the "Mẫu văn bản" combobox, fields filled; the preview shows `expect`. */
async function composeFrom(page: Page, templateName: string, fields: [string, string][], shows: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Mẫu văn bản' }).click();
  await page.getByRole('combobox', { name: 'Mẫu văn bản' }).selectOption({ label: templateName });
  await page.getByRole('button', { name: 'Soạn văn bản mới' }).click();
  // A field's name is its label followed by its hint, if any.
  for (const [label, value] of fields) await page.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`)).first().fill(value);
  await expect.poll(async () => (await page.getByTestId('preview-text').innerText()).replace(/\s+/g, ' '), { timeout: 30_000 }).toContain(shows);
}

const KH_FIELDS: [string, string][] = [
  ['Trích yếu', 'Tuyên truyền kỷ niệm Ngày thành lập Đảng'],
  ['Căn cứ (mỗi dòng một đoạn)', 'Căn cứ Hướng dẫn số 12-HD/BTGTU của Ban Tuyên giáo Thành ủy.'],
  ['Mục đích (mỗi dòng một đoạn)', 'Nâng cao nhận thức của cán bộ, đảng viên.'],
  ['Yêu cầu (mỗi dòng một đoạn)', 'Tuyên truyền thiết thực, hiệu quả.'],
  ['Nội dung (mỗi dòng một mục)', 'Treo băng rôn, khẩu hiệu.\nTổ chức nói chuyện chuyên đề.'],
  ['Tổ chức thực hiện (mỗi dòng một đoạn)', 'Các đơn vị triển khai và báo cáo kết quả.'],
  ['Địa bàn', 'phường Bến Nghé'],
];

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

  it('composes from the saved template, issues it in the KH series, exports PDF and DOCX with the new wording', async () => {
    const { page, ctx } = offices[0]!;
    await composeFrom(page, 'Kế hoạch tuyên truyền của Ban', KH_FIELDS, 'phường Bến Nghé');
    await page.getByText('Số dự kiến: Số 01-KH/BTGQU').waitFor();
    await shot(page, '5-compose');
    await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByText('Đã phát hành: Số 01-KH/BTGQU').first().waitFor({ timeout: 30_000 });
    const text = pdfText(await download(page, () => page.getByRole('button', { name: 'Xuất PDF', exact: true }).click()));
    expect(text).toContain('Số 01-KH/BTGQU');
    expect(text).toContain('kế hoạch tuyên truyền tại địa bàn phường Bến Nghé');
    expect(text).toContain('Tuyên truyền kỷ niệm Ngày thành lập Đảng');
    const docx = await download(page, () => page.getByRole('button', { name: 'Xuất DOCX', exact: true }).click());
    expect(strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml']!)).toContain('phường Bến Nghé');
    // The register records the template and the version the document was made with.
    const list = await ctx.dispatch('outgoing:list', {});
    const id = list.ok ? (list.value as { rows: { id: number }[] }).rows[0]!.id : 0;
    const doc = await ctx.dispatch('outgoing:get', { id });
    expect(doc.ok && doc.value).toMatchObject({ symbol: '01-KH/BTGQU', templateId: 'cq-ke-hoach', templateVersion: 2 });
    const lib = await ctx.dispatch('templates:list', {});
    expect(lib.ok && (lib.value as { id: string; issuedCount: number }[]).find((t) => t.id === 'cq-ke-hoach')?.issuedCount).toBe(1);
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
    // …and composes from it there.
    await composeFrom(page, 'Kế hoạch tuyên truyền của Ban', KH_FIELDS, 'kế hoạch tuyên truyền tại địa bàn phường Bến Nghé');
    await shot(page, '6-compose-imported');
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
