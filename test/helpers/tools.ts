// System tools (chromium, poppler-utils, mupdf-tools, qpdf, libreoffice) are used for real.
// With CI=true a missing tool fails the test; locally it is a loud skip.
import { spawnSync } from 'node:child_process';

const cache = new Map<string, boolean>();

export function hasTool(name: string): boolean {
  if (!cache.has(name)) cache.set(name, spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0);
  return cache.get(name)!;
}

export const isCI = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

/**
 * Returns true when every tool is present. Missing under CI → throws (the test fails);
 * missing locally → prints a loud warning and returns false so the caller can skip.
 */
export function requireTools(...names: string[]): boolean {
  const missing = names.filter((n) => !hasTool(n));
  if (missing.length === 0) return true;
  const msg = `Thiếu công cụ hệ thống: ${missing.join(', ')} (cài bằng apt-get, xem README).`;
  if (isCI()) throw new Error(msg);
  console.warn(`\n!!! BỎ QUA: ${msg}\n`);
  return false;
}
