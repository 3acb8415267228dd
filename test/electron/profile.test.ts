import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

const sample = () => {
  const { key: _k, label: _l, ...input } = SAMPLE_PROFILES[0]!;
  return input;
};

describe('profile service through the dispatcher', () => {
  it('returns null before setup, then the saved profile with signers and terms', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date('2023-07-12T08:00:00Z') });
    expect(await ctx.dispatch('profile:get', {})).toEqual({ ok: true, value: null });
    const saved = await ctx.dispatch('profile:save', sample());
    expect(saved.ok).toBe(true);
    const got = await ctx.dispatch('profile:get', {});
    expect(got.ok && (got.value as { issuer: string }).issuer).toBe('BAN TUYÊN GIÁO');
    expect(got.ok && (got.value as { signers: unknown[] }).signers).toHaveLength(1);
    ctx.close();
  });

  it('rejects bad input with VALIDATION and writes nothing', async () => {
    const dir = tempDir();
    const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite') });
    const bad = [{}, { ...sample(), issuer: 42 }, { ...sample(), issuer: 'x'.repeat(10_000) }, JSON.parse('{"__proto__": {"polluted": 1}}'), { ...sample(), extra: 1 }];
    for (const input of bad) {
      const r = await ctx.dispatch('profile:save', input);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('VALIDATION');
    }
    expect(ctx.services.db.prepare('SELECT count(*) n FROM office_profile').get()).toEqual({ n: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await ctx.dispatch('nope:nothing', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ctx.close();
  });
});
