// The plain channel-name list the preload and the renderer client use is exactly the contract's keys
// (regenerate with `npm run channels`), and the preload bundle stays free of zod and the schemas.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';

describe('shared/ipc/channels.ts', () => {
  it('lists exactly the contract channels, in contract order', () => {
    expect([...CHANNEL_NAMES]).toEqual(Object.keys(contract));
  });

  const preload = path.resolve(__dirname, '../../build/preload.cjs');
  it.runIf(fs.existsSync(preload))('keeps the built preload small: no zod, no schemas', () => {
    const text = fs.readFileSync(preload, 'utf8');
    expect(text.length).toBeLessThan(20_000);
    expect(text).not.toMatch(/\bzod\b|ZodError/);
    for (const c of CHANNEL_NAMES) expect(text).toContain(`"${c}"`);
  });
});
