// Handling after registering, in a real browser (browser mode): register a circular, record the
// leader's instruction with a lead unit and a deadline two days ahead, move it along, see it in
// "Sắp đến hạn", issue the reply and see it close with the link, print the month's register and
// the phiếu giải quyết; pdftotext reads the columns and values back.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../electron/context';
import { formatDateShort } from '../../shared/text/dates';
import { addDays, todayIn } from '../../shared/text/today';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { openBrowserApp, sampleOffice, type BrowserApp } from '../helpers/browserApp';
import { tempDir } from '../helpers/tmp';
import { requireTools } from '../helpers/tools';

const enabled = chromiumAvailable() && requireTools('pdftotext');
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const pdfRaw = (file: string) => squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));

async function download(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [dl] = (await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()])) as [Download, void];
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

describe.runIf(enabled)('incoming handling in Chromium (browser mode)', () => {
  let browser: Browser;
  let app: BrowserApp;
  let ctx: AppContext;
  let page: Page;
  let downloads: string;
  const today = todayIn(new Date());
  const deadline = addDays(today, 2);

  beforeAll(async () => {
    downloads = tempDir('vanthu-dl-');
    browser = await launchChromium();
    app = await openBrowserApp(browser, {
      profile: { ...sampleOffice(), validFrom: '2020-01-01' },
      setup: async (c) => {
        expect((await c.dispatch('directory:saveUnit', { name: 'Đảng ủy phường Bến Thành' })).ok).toBe(true);
      },
      page: { acceptDownloads: true },
    });
    ({ ctx, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await browser?.close();
  });

  it('registers, instructs with a lead unit and a deadline, moves along, shows it due, closes it by the reply, prints', async () => {
    // Register the circular.
    await page.getByRole('button', { name: 'Nhập văn bản', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Hoặc dán nội dung văn bản').fill(fixture('cv-3080-btgtu.txt'));
    await dialog.getByRole('button', { name: 'Đọc văn bản' }).click();
    await dialog.getByRole('heading', { name: 'Kiểm tra thông tin trước khi lưu' }).waitFor();
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /3080-CV\/BTGTU/ }).click();
    await page.getByRole('heading', { name: /Văn bản đến số 1\// }).waitFor();

    // Ghi ý kiến chỉ đạo: lead unit from the directory, deadline two days ahead.
    await page.getByRole('button', { name: 'Ghi ý kiến chỉ đạo' }).click();
    const instr = page.getByRole('dialog', { name: 'Ghi ý kiến chỉ đạo' });
    await instr.getByLabel('Ý kiến chỉ đạo').fill('Giao Đảng ủy phường Bến Thành chủ trì, báo cáo kết quả.');
    await instr.getByLabel('Lãnh đạo cho ý kiến').fill('Phó Trưởng ban');
    await instr.getByLabel('Đơn vị, người chủ trì').selectOption({ label: 'Đảng ủy phường Bến Thành' });
    await instr.getByLabel('Phối hợp khác (mỗi dòng một tên)').fill('Đoàn phường Bến Thành');
    await instr.getByLabel(/^Hạn xử lý/).fill(formatDateShort(deadline)); // dd/mm/yyyy, as the clerk types it
    await page.screenshot({ path: path.join(resultsDir(), 'ui-handling-1-instruction.png'), fullPage: true });
    await instr.getByRole('button', { name: 'Lưu', exact: true }).click();
    await instr.waitFor({ state: 'detached' });
    const timeline = page.getByRole('list', { name: 'Tiến trình xử lý' });
    await timeline.getByText(/Chủ trì: Đảng ủy phường Bến Thành/).waitFor();
    await page.getByRole('list', { name: 'Bước' }).getByText('Đã trình').waitFor();

    // Chuyển bước: Đã trình → Đang xử lý.
    await page.getByRole('button', { name: 'Chuyển bước' }).click();
    await timeline.getByText('Đã trình → Đang xử lý').waitFor();
    await page.screenshot({ path: path.join(resultsDir(), 'ui-handling-2-detail.png'), fullPage: true });

    // Sắp đến hạn.
    await page.getByRole('navigation').getByRole('button', { name: /Sắp đến hạn/ }).click();
    const due = page.getByRole('table', { name: 'Sắp đến hạn' });
    const row = due.getByRole('row', { name: /3080-CV\/BTGTU/ });
    await row.waitFor();
    expect(await row.innerText()).toContain(formatDateShort(deadline));
    expect(await row.innerText()).toContain('Còn 2 ngày');
    expect(await row.innerText()).toContain('Đảng ủy phường Bến Thành');
    await page.screenshot({ path: path.join(resultsDir(), 'ui-handling-3-due.png'), fullPage: true });

    // The reply letter, issued for this document (the issuing path links it), closes it.
    const issued = await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Báo cáo kết quả thực hiện Công văn 3080-CV/BTGTU', incomingId: 1 });
    expect(issued.ok).toBe(true);
    const symbol = (issued as { value: { symbol: string } }).value.symbol;
    await row.getByRole('button').click();
    await page.getByRole('list', { name: 'Bước' }).locator('[aria-current="step"]').getByText('Đã xử lý').waitFor();
    await timeline.getByText(symbol).waitFor();
    await page.getByRole('navigation').getByRole('button', { name: /Sắp đến hạn/ }).click();
    await page.getByText('Không có văn bản nào quá hạn hoặc sắp đến hạn.').waitFor();

    // In sổ for the month and the phiếu.
    await page.getByRole('navigation').getByRole('button', { name: 'Văn bản đến', exact: true }).click();
    await page.getByRole('button', { name: 'Về sổ văn bản đến' }).click();
    await page.getByRole('button', { name: 'In sổ', exact: true }).click();
    const print = page.getByRole('dialog', { name: 'In sổ văn bản đến' });
    await print.getByLabel('Từ ngày').fill(formatDateShort(`${today.slice(0, 7)}-01`));
    await print.getByLabel('Đến ngày').fill(formatDateShort(today));
    const register = await download(page, () => print.getByRole('button', { name: 'In ra PDF' }).click(), downloads);
    const reg = pdfRaw(register);
    expect(reg).toContain(squash('SỔ ĐĂNG KÝ VĂN BẢN ĐẾN'));
    expect(reg).toContain(squash('Ngày đến Số đến Tác giả Số, ký hiệu Ngày tháng Tên loại và trích yếu nội dung Đơn vị hoặc người nhận Ngày chuyển Ký nhận Ghi chú'));
    expect(reg).toContain(squash(`${formatDateShort(today)} 1`));
    expect(reg).toContain('3080-CV/BTGTU');
    await page.getByRole('row', { name: /3080-CV\/BTGTU/ }).click();
    const phieu = await download(page, () => page.getByRole('button', { name: 'In phiếu giải quyết' }).click(), downloads);
    const ph = pdfRaw(phieu);
    for (const s of ['PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN', 'Giao Đảng ủy phường Bến Thành chủ trì, báo cáo kết quả.', 'Chủ trì: Đảng ủy phường Bến Thành', 'Phối hợp: Đoàn phường Bến Thành', formatDateShort(deadline), `Văn bản trả lời: ${symbol}`]) {
      expect(ph).toContain(squash(s));
    }
  });

  it('an overdue document shows the start-up banner and the Quá hạn badge in the navigation', async () => {
    ctx.services.incoming.create({ issuer: 'Thành ủy', number: '9-CV/TU', subject: 'Báo cáo quá hạn', deadline: addDays(today, -1) });
    await page.reload();
    await page.getByRole('alert').getByText('Có 1 văn bản đến đã quá hạn xử lý.').waitFor();
    const badge = page.getByRole('navigation').getByLabel('Quá hạn: 1');
    await badge.waitFor();
    await page.screenshot({ path: path.join(resultsDir(), 'ui-handling-4-overdue.png'), fullPage: true });
    await page.getByRole('alert').getByRole('button', { name: 'Xem danh sách' }).click();
    const row = page.getByRole('table', { name: 'Sắp đến hạn' }).getByRole('row', { name: /9-CV\/TU/ });
    expect(await row.innerText()).toContain('Quá hạn 1 ngày');
  });
});
