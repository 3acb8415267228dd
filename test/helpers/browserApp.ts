// One app in a real browser for e2e tests: a fresh data folder (with an office profile unless the test
// starts from first run), the loopback bridge over the real services, and a page open on it.
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { openAppContext, type AppContext } from '../../electron/context';
import { startHost, type Host } from '../../electron/host/server';
import type { Dispatch } from '../../electron/ipc/dispatch';
import { SAMPLE_PROFILES, type OfficeProfileInput } from '../../shared/domain/profile';
import { tempDir } from './tmp';

export type BrowserApp = { ctx: AppContext; host: Host; page: Page; close: () => Promise<void> };

/** The Quận 1 sample profile, as saved by first run. */
export function sampleOffice(index = 0): OfficeProfileInput {
  const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[index]!;
  return profile;
}

export async function openBrowserApp(
  browser: Browser,
  o: { profile?: OfficeProfileInput | null; setup?: (ctx: AppContext) => Promise<void>; dispatch?: (ctx: AppContext) => Dispatch; page?: BrowserContextOptions } = {},
): Promise<BrowserApp> {
  const ctx = openAppContext({ dataDir: tempDir() });
  if (o.profile !== null) {
    const saved = await ctx.dispatch('profile:save', o.profile ?? sampleOffice());
    if (!saved.ok) throw new Error(saved.error.message);
  }
  await o.setup?.(ctx);
  const host = await startHost({ dispatch: o.dispatch ? o.dispatch(ctx) : ctx.dispatch, staticDir: path.resolve('build/renderer') });
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, ...o.page });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(host.url);
  return {
    ctx,
    host,
    page,
    close: async () => {
      await page.close();
      await host.close();
      ctx.close();
    },
  };
}
