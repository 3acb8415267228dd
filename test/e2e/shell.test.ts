import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { startHost, type Host } from '../../electron/host/server';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { chromiumAvailable, launchChromium, resultsDir } from '../helpers/browser';
import { tempDir } from '../helpers/tmp';

const enabled = chromiumAvailable();

describe.runIf(enabled)('app shell in Chromium (browser mode)', () => {
  let ctx: AppContext;
  let host: Host;
  let browser: Browser;

  beforeAll(async () => {
    ctx = openAppContext({ dataDir: tempDir() });
    const { key: _k, label: _l, ...input } = SAMPLE_PROFILES[0]!;
    const saved = await ctx.dispatch('profile:save', input);
    expect(saved.ok).toBe(true);
    host = await startHost({ dispatch: ctx.dispatch, staticDir: path.resolve('build/renderer') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    ctx?.close();
  });

  it('shows the navigation and the office name read from the database', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    const nav = page.getByRole('navigation');
    for (const name of ['Văn bản đến', 'Văn bản đi', 'Soạn thảo', 'Mẫu văn bản', 'Nơi nhận', 'Cài đặt']) {
      await expect(nav.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    await page.getByText('QUẬN ỦY QUẬN 1').waitFor();
    expect(await page.getByTestId('office-name').innerText()).toContain('BAN TUYÊN GIÁO');
    await page.screenshot({ path: path.join(resultsDir(), 'shell.png') });
  });
});
