// Template library benchmark (browser mode, Chromium): opening "Mẫu văn bản" with 200 office
// templates, and a keystroke in the template editor until the live PDF preview shows it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openAppContext } from '../../electron/context';
import { startHost } from '../../electron/host/server';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import type { BenchPart, BenchRow } from './index';
import { ARGS, CHROMIUM, median, previewHas } from './ui';

const TEMPLATES = 200;
const OPENS = 10;
const EDITS = 12;

export const templatesBench: BenchPart = {
  name: 'Mẫu văn bản (chế độ trình duyệt, Chromium)',
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vanthu-bench-tpl-'));
    const ctx = openAppContext({ dataDir: dir });
    const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
    await ctx.dispatch('profile:save', profile);
    const builtins = ctx.services.templates.list().map((t) => t.id);
    for (let i = 0; i < TEMPLATES; i++) ctx.services.templates.copyBuiltin(builtins[i % builtins.length]!);
    const host = await startHost({ dispatch: ctx.dispatch, staticDir: path.resolve('build/renderer') });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      const opens: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        await page.goto(host.url);
        await page.getByTestId('office-name').getByText('BAN TUYÊN GIÁO').waitFor();
        const t0 = performance.now();
        await page.getByRole('navigation').getByRole('button', { name: 'Mẫu văn bản' }).click();
        await page.locator('tbody tr[data-testid^="template-row-cq-"]').nth(TEMPLATES - 1).waitFor();
        opens.push(performance.now() - t0);
      }
      rows.push({ name: `Mở thư viện mẫu (${TEMPLATES} mẫu của cơ quan, trung vị ${OPENS} lần)`, value: median(opens), unit: 'ms', target: '≤ 300 ms', ok: median(opens) <= 300 });

      await page.getByRole('button', { name: 'Sửa mẫu Kế hoạch (của cơ quan)', exact: true }).first().click();
      const para = page.getByRole('textbox', { name: 'Đoạn 2: Đoạn văn' });
      await para.waitFor();
      await page.waitForFunction(previewHas, 'KẾ HOẠCH', { timeout: 30_000 });
      const follow: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const word = `Kiểmtra${i}x`;
        const t0 = performance.now();
        await para.fill(`Ban Tuyên giáo xây dựng kế hoạch ${word} như sau:`);
        await page.waitForFunction(previewHas, word, { timeout: 30_000 });
        follow.push(performance.now() - t0);
      }
      rows.push({ name: `Sửa mẫu: gõ → bản xem trước cập nhật (trung vị ${EDITS} lần, gồm chờ gõ 50 ms)`, value: median(follow), unit: 'ms', target: '≤ 300 ms', ok: median(follow) <= 300 });
    } finally {
      await browser.close();
      await host.close();
      ctx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
