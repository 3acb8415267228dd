// The clerk's day in a real browser (browser mode, fresh data folder): first-run setup, import of
// Công văn 3080-CV/BTGTU, forwarding letter 65-CV/BTGQU, the outgoing register, a Thông báo nhanh.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/context';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { openBrowserApp, type BrowserApp } from '../helpers/browserApp';
import { tempDir } from '../helpers/tmp';
import { requireTools } from '../helpers/tools';

const enabled = chromiumAvailable() && requireTools('pdftotext');
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
type A11yDoc = { document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; textContent: string | null; getAttribute(n: string): string | null; closest(s: string): unknown; id: string; hidden: boolean; type?: string }> } };
/** Controls without an accessible name (no label, aria-label or text); runs in the page. */
const unnamedControls = () => {
  const doc = (globalThis as unknown as A11yDoc).document;
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('button, input, select, textarea, [role="button"]'))) {
    if (el.type === 'hidden') continue;
    const named =
      (el.getAttribute('aria-label') ?? '').trim() !== '' ||
      (el.getAttribute('aria-labelledby') ?? '') !== '' ||
      el.closest('label') !== null ||
      (el.id !== '' && doc.querySelectorAll(`label[for="${el.id}"]`).length > 0) ||
      (el.tagName === 'BUTTON' && (el.textContent ?? '').trim() !== '');
    if (!named) out.push(`${el.tagName} ${el.textContent ?? ''}`.trim());
  }
  return out;
};
const shot = async (page: Page, name: string) => {
  // Every control on every screen has an accessible name: part of the contract.
  expect(await page.evaluate(unnamedControls), `controls without a name on ${name}`).toEqual([]);
  await page.screenshot({ path: path.join(resultsDir(), `ui-${name}.png`), fullPage: true });
};

/** Clicks, waits for the browser download and returns the saved file's path. */
async function download(page: Page, click: () => Promise<void>, dir: string): Promise<{ file: string; name: string }> {
  const [dl] = (await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()])) as [Download, void];
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return { file, name: dl.suggestedFilename() };
}
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe.runIf(enabled)('the clerk flow in Chromium (browser mode, fresh data folder)', () => {
  let browser: Browser;
  let app: BrowserApp;
  let ctx: AppContext;
  let page: Page;
  let downloads: string;

  beforeAll(async () => {
    downloads = tempDir('vanthu-dl-');
    browser = await launchChromium();
    // No profile: the clerk starts at first run.
    app = await openBrowserApp(browser, { profile: null, page: { viewport: { width: 1366, height: 860 }, acceptDownloads: true } });
    ({ ctx, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('1. first-run setup with the Quận 1 sample profile and next CV number 65', async () => {
    await page.getByRole('heading', { name: 'Thiết lập ban đầu' }).waitFor();
    const sample = page.getByLabel('Hồ sơ mẫu');
    const quan1 = SAMPLE_PROFILES.find((p) => p.issuerCode === 'BTGQU')!;
    expect(quan1.label).toMatch(/Quận 1/);
    await sample.selectOption({ label: quan1.label });
    expect(await page.getByLabel('Ký hiệu cơ quan').inputValue()).toBe('BTGQU');
    await page.getByLabel('Số công văn tiếp theo').fill('65');
    await shot(page, '1-first-run');
    await page.getByRole('button', { name: 'Bắt đầu sử dụng' }).click();
    await page.getByTestId('office-name').getByText('QUẬN ỦY QUẬN 1').waitFor();
    const profile = await ctx.dispatch('profile:get', {});
    expect(profile.ok && (profile.value as { issuerCode: string }).issuerCode).toBe('BTGQU');
    await page.getByRole('heading', { name: 'Văn bản đến' }).waitFor();
  });
  it('2. pastes Công văn 3080-CV/BTGTU, reviews the extracted fields, saves it, finds it without diacritics', async () => {
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Hoặc dán nội dung văn bản').fill(fixture('cv-3080-btgtu.txt'));
    await dialog.getByRole('button', { name: 'Đọc văn bản' }).click();
    await dialog.getByRole('heading', { name: 'Kiểm tra thông tin trước khi lưu' }).waitFor();
    expect(await dialog.getByLabel('Số, ký hiệu').inputValue()).toBe('3080-CV/BTGTU');
    expect(await dialog.getByLabel('Ngày văn bản').inputValue()).toBe('10/07/2023');
    expect(await dialog.getByLabel('Cơ quan ban hành').inputValue()).toBe('Ban Tuyên giáo Thành ủy');
    expect(await dialog.getByLabel('Trích yếu nội dung').inputValue()).toContain('Thông báo nhanh kết quả Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 21');
    await shot(page, '2-import-review');
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const table = page.getByRole('table', { name: 'Sổ văn bản đến' });
    await table.getByRole('row', { name: /3080-CV\/BTGTU/ }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await search.fill('khong co van ban nay');
    await page.getByText('Không tìm thấy văn bản phù hợp').waitFor();
    await search.fill('thong bao nhanh');
    await table.getByRole('row', { name: /3080-CV\/BTGTU/ }).waitFor();
    expect(await table.locator('mark').count()).toBeGreaterThan(0);
    await shot(page, '2-incoming-search');
    await search.fill('');
    // Keyboard: Ctrl+F focuses the search box, Ctrl+N opens "Nhập văn bản", Escape closes it.
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+f');
    expect(await search.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement)).toBe(true);
    await page.keyboard.press('Control+n');
    await page.getByRole('dialog', { name: 'Nhập văn bản đến' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('3. forwards it: preview shows the header, Phát hành gives 65-CV/BTGQU, the PDF says so', async () => {
    await page.getByRole('row', { name: /3080-CV\/BTGTU/ }).click();
    await page.getByRole('heading', { name: /Văn bản đến số 1\// }).waitFor();
    await shot(page, '3-incoming-detail');
    await page.getByRole('button', { name: 'Soạn công văn chuyển tiếp', exact: true }).click();
    await page.getByRole('heading', { name: 'Soạn công văn chuyển tiếp' }).waitFor();
    // The sample term ended in 2025: a letter of 12/7/2023 falls in khóa XII, whose next CV is 65.
    await page.getByLabel('Ngày văn bản', { exact: true }).fill('12/7/2023'); // typed as a clerk does: day first
    const previewText = page.getByTestId('preview-text');
    await expect.poll(() => previewText.innerText(), { timeout: 20_000 }).toContain('BAN TUYÊN GIÁO');
    expect(await previewText.innerText()).toContain('QUẬN ỦY QUẬN 1');
    await page.getByText('Số dự kiến: Số 65-CV/BTGQU').waitFor();
    const kinhGui = page.getByLabel('Kính gửi (mỗi dòng một nơi nhận)');
    await kinhGui.fill('Mặt trận Tổ quốc và các tổ chức chính trị - xã hội quận\nCấp ủy cơ sở đảng');
    await expect.poll(() => previewText.innerText(), { timeout: 20_000 }).toContain('Cấp ủy cơ sở đảng');
    await shot(page, '3-compose-forwarding');

    // Nothing typed is lost: switching screens keeps it, and after a reload the autosaved draft reopens.
    await page.getByRole('navigation').getByRole('button', { name: 'Văn bản đến', exact: true }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Soạn thảo', exact: true }).click();
    expect(await kinhGui.inputValue()).toContain('Cấp ủy cơ sở đảng');
    await page.getByText(/Đã tự lưu lúc/).waitFor();
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: 'Soạn thảo', exact: true }).click();
    await page.getByRole('button', { name: /^Mở bản nháp gửi tài liệu/ }).click();
    expect(await kinhGui.inputValue()).toContain('Cấp ủy cơ sở đảng');
    expect(await page.getByLabel('Ngày văn bản', { exact: true }).inputValue()).toBe('12/07/2023');

    await page.getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Phát hành', exact: true }).click();
    await page.getByText('Đã phát hành: Số 65-CV/BTGQU').first().waitFor({ timeout: 30_000 });
    const { file } = await download(page, () => page.getByRole('button', { name: 'Xuất PDF', exact: true }).click(), downloads);
    const text = pdfText(file);
    expect(text).toContain('Số 65-CV/BTGQU');
    expect(text).toContain('Thực hiện Công văn số 3080-CV/BTGTU');
    await expect.poll(() => page.getByTestId('preview-text').innerText(), { timeout: 20_000 }).toContain('65-CV/BTGQU');
    const docx = await download(page, () => page.getByRole('button', { name: 'Xuất DOCX', exact: true }).click(), downloads);
    const xml = strFromU8(unzipSync(fs.readFileSync(docx.file))['word/document.xml']!);
    expect(xml).toContain('65-CV/BTGQU');
    await shot(page, '3-compose-issued');
  });

  it('4. Văn bản đi lists 65-CV/BTGQU; voiding refuses an empty reason, then records it', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Văn bản đi', exact: true }).click();
    const row = page.getByRole('table', { name: 'Sổ văn bản đi' }).getByRole('row', { name: /65-CV\/BTGQU/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Nguyễn Trung Châu');
    await shot(page, '4-outgoing');
    await page.getByRole('button', { name: 'In sổ văn bản đi' }).click();
    const print = page.getByRole('dialog', { name: 'In sổ văn bản đi theo khoảng ngày' });
    await print.getByLabel('Từ ngày').fill('1/1/2023');
    await print.getByLabel('Đến ngày').fill('31.12.2023');
    await shot(page, '4-print-register');
    const register = await download(page, () => print.getByRole('button', { name: 'Xuất sổ PDF' }).click(), downloads);
    expect(pdfText(register.file)).toContain('65-CV/BTGQU');
    await page.getByRole('button', { name: 'Hủy văn bản 65-CV/BTGQU' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hủy văn bản 65-CV/BTGQU' });
    await dialog.getByRole('button', { name: 'Xác nhận hủy' }).click();
    await dialog.getByText('Hãy ghi lý do hủy').waitFor();
    await shot(page, '4-void-dialog');
    const listed = await ctx.dispatch('outgoing:list', {});
    expect(listed.ok && (listed.value as { rows: { status: string }[] }).rows[0]!.status).toBe('issued');
    await dialog.getByLabel('Lý do hủy').fill('Sai nơi nhận, phát hành lại');
    await dialog.getByRole('button', { name: 'Xác nhận hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Đã hủy').waitFor();
    await row.click();
    await page.getByRole('heading', { name: 'Số 65-CV/BTGQU' }).waitFor();
    await page.getByText('Đã hủy: Sai nơi nhận, phát hành lại').waitFor();
    await shot(page, '4-outgoing-detail');
    await page.getByRole('button', { name: 'Về sổ văn bản đi' }).click();
    const after = await ctx.dispatch('outgoing:list', {});
    expect(after.ok && (after.value as { rows: { status: string; voidReason: string }[] }).rows[0]).toMatchObject({ status: 'void', voidReason: 'Sai nơi nhận, phát hành lại' });
  });

  it('imports several files at once with progress, skipping a duplicate', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Văn bản đến', exact: true }).click();
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    const letter = fixture('cv-3080-btgtu.txt');
    const files = [3081, 3082, 3080].map((n) => ({ name: `cv-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(letter.replace('3080-CV/BTGTU', `${n}-CV/BTGTU`)) }));
    await page.getByRole('dialog').getByLabel('Chọn tệp').setInputFiles(files);
    await page.getByText('Đã nhập 2 văn bản, bỏ qua 1 văn bản trùng').waitFor({ timeout: 30_000 });
    const table = page.getByRole('table', { name: 'Sổ văn bản đến' });
    await table.getByRole('row', { name: /3082-CV\/BTGTU/ }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
  });

  it('5. drafts a Thông báo nhanh from a news article and exports it', async () => {
    await page.getByRole('row', { name: /3080-CV\/BTGTU/ }).click();
    await page.getByRole('button', { name: 'Soạn Thông báo nhanh', exact: true }).click();
    await page.getByRole('heading', { name: 'Tài liệu nguồn' }).waitFor();
    await page.getByLabel('Tên nguồn 1').fill('Báo Thanh Niên 15/7/2023');
    await page.getByLabel('Nội dung nguồn 1').fill(fixture('news-hcmc-midterm-2023.txt'));
    await shot(page, '5-quick-sources');
    await page.getByRole('button', { name: 'Lập dự thảo' }).click();
    await page.getByRole('heading', { name: 'Dữ kiện rút ra — hãy xác nhận' }).waitFor({ timeout: 30_000 });
    const previewText = page.getByTestId('preview-text');
    await expect.poll(() => previewText.innerText(), { timeout: 20_000 }).toContain('THÔNG BÁO NHANH');
    await shot(page, '5-quick-editor');
    const { file } = await download(page, () => page.getByRole('button', { name: 'Xuất PDF', exact: true }).click(), downloads);
    const text = pdfText(file);
    expect(text).toContain('THÔNG BÁO NHANH');
    expect(text).toMatch(/giữa nhiệm kỳ/i);
  });

  it('Nơi nhận and Cài đặt: a list pasted from Word becomes units; settings show the profile', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Nơi nhận', exact: true }).click();
    await page.getByRole('button', { name: 'Dán danh sách từ Word' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Danh sách đơn vị (mỗi dòng một đơn vị)').fill('Kính gửi:\n- Đảng ủy phường Bến Nghé;\n- Đảng ủy phường Đa Kao;\n- Ủy ban Mặt trận Tổ quốc Việt Nam quận.');
    await dialog.getByRole('button', { name: 'Nhập danh sách' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Đơn vị' }).getByText('Đảng ủy phường Đa Kao').waitFor();
    await shot(page, '6-recipients');
    await page.getByRole('navigation').getByRole('button', { name: 'Cài đặt', exact: true }).click();
    expect(await page.getByLabel('Ký hiệu cơ quan').inputValue()).toBe('BTGQU');
    await shot(page, '7-settings');
    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await page.getByRole('button', { name: /^Khôi phục từ vanthu-.*-manual\.sqlite$/ }).waitFor();
    await page.getByRole('heading', { name: 'Thư mục dữ liệu' }).scrollIntoViewIfNeeded();
    await shot(page, '7-settings-backup');
    await page.getByRole('navigation').getByRole('button', { name: 'Soạn thảo', exact: true }).click();
    // Back on the Thông báo nhanh being written: its preview is drawn again, then it is discarded.
    await expect.poll(() => page.getByTestId('preview-text').innerText(), { timeout: 20_000 }).toContain('THÔNG BÁO NHANH');
    await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { name: 'Soạn văn bản' }).waitFor();
    await page.getByText('Không có bản nháp nào.').waitFor();
    await shot(page, '8-compose-start');
  });
});
