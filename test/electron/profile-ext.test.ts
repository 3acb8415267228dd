import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { SAMPLE_PROFILES, termOn, termProblems, type OfficeProfile, type OfficeProfileInput } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

const sample = (i: number): OfficeProfileInput => {
  const { key: _k, label: _l, ...p } = SAMPLE_PROFILES[i]!;
  return p;
};
const open = (now = '2023-07-12T08:00:00Z') => {
  const dir = tempDir();
  return openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date(now) });
};
const value = <T>(r: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error!.message);
  return r.value as T;
};

describe('office profile extensions', () => {
  it('dated versions: each date gets the names valid then (2023 Quận 1, 2025 Tỉnh ủy)', async () => {
    const ctx = open('2026-01-10T08:00:00Z');
    value(await ctx.dispatch('profile:save', sample(0)));
    value(await ctx.dispatch('profile:save', sample(1)));
    expect(value<OfficeProfile>(await ctx.dispatch('profile:get', { date: '2023-07-12' })).issuerCode).toBe('BTGQU');
    expect(value<OfficeProfile>(await ctx.dispatch('profile:get', { date: '2025-08-01' })).issuerCode).toBe('BTGDVTU');
    expect(value<OfficeProfile>(await ctx.dispatch('profile:get', {})).issuerCode).toBe('BTGDVTU');
    const history = value<OfficeProfile[]>(await ctx.dispatch('profile:history', {}));
    expect(history.map((p) => p.issuerCode)).toEqual(['BTGDVTU', 'BTGQU']);
    // Numbering uses the version valid at the document's date.
    const old = value<{ symbol: string }>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Văn bản cũ', date: '2023-07-12' }));
    const now = value<{ symbol: string }>(await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Văn bản mới', date: '2025-08-01' }));
    expect([old.symbol, now.symbol]).toEqual(['01-CV/BTGQU', '01-CV/BTGDVTU']);
    ctx.close();
  });

  it('terms keep their label; overlapping or reversed terms are refused in Vietnamese and nothing is saved', async () => {
    const ctx = open();
    const saved = value<OfficeProfile>(await ctx.dispatch('profile:save', sample(0)));
    expect(saved.terms).toEqual([{ name: 'XII', start: '2020-10-01', end: null, label: 'nhiệm kỳ 2020 - 2025' }]);
    const overlapping = { ...sample(0), terms: [{ name: 'XI', start: '2015-10-01', end: '2020-12-31' }, { name: 'XII', start: '2020-10-01', end: null }] };
    const r = await ctx.dispatch('profile:save', overlapping);
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(!r.ok && r.error.details?.join(' ')).toMatch(/chồng lên nhau/);
    const reversed = await ctx.dispatch('profile:save', { ...sample(0), terms: [{ name: 'XII', start: '2020-10-01', end: '2019-01-01' }] });
    expect(!reversed.ok && reversed.error.details?.join(' ')).toMatch(/phải sau ngày bắt đầu/);
    expect(value<OfficeProfile[]>(await ctx.dispatch('profile:history', {}))).toHaveLength(1);
    ctx.close();
  });

  it('"start new term" closes the open term and numbering restarts from 01', async () => {
    const ctx = open('2025-11-01T08:00:00Z');
    value(await ctx.dispatch('profile:save', sample(1))); // XVII to 2025-09-30, XVIII open from 2025-10-01
    const before = value<{ symbol: string }>(await ctx.dispatch('outgoing:issue', { typeCode: 'HD', subject: 'Hướng dẫn', date: '2025-11-01' }));
    expect(before.symbol).toBe('01-HD/BTGDVTU');
    value(await ctx.dispatch('outgoing:issue', { typeCode: 'HD', subject: 'Hướng dẫn 2', date: '2025-11-01' }));
    const bad = await ctx.dispatch('profile:startTerm', { name: 'XIX', start: '2025-09-01' });
    expect(!bad.ok && bad.error.message).toMatch(/phải bắt đầu sau/);
    const dup = await ctx.dispatch('profile:startTerm', { name: 'XVIII', start: '2025-10-20' });
    expect(!dup.ok && dup.error.code).toBe('CONFLICT');
    const p = value<OfficeProfile>(await ctx.dispatch('profile:startTerm', { name: 'I', start: '2025-10-25', label: 'nhiệm kỳ 2025 - 2030' }));
    expect(p.terms.map((t) => [t.name, t.start, t.end])).toEqual([
      ['XVII', '2020-10-15', '2025-09-30'],
      ['XVIII', '2025-10-01', '2025-10-24'],
      ['I', '2025-10-25', null],
    ]);
    const next = value<{ symbol: string }>(await ctx.dispatch('outgoing:issue', { typeCode: 'HD', subject: 'Hướng dẫn khóa mới', date: '2025-11-02' }));
    expect(next.symbol).toBe('01-HD/BTGDVTU');
    expect(ctx.services.db.prepare("SELECT count(*) n FROM audit_log WHERE entity = 'profile' AND action = 'start-term'").get()).toEqual({ n: 1 });
    ctx.close();
  });

  it('termOn and termProblems', () => {
    const terms = [
      { name: 'XI', start: '2015-10-01', end: '2020-09-30' },
      { name: 'XII', start: '2020-10-01', end: null },
    ];
    expect(termOn(terms, '2020-09-30')?.name).toBe('XI');
    expect(termOn(terms, '2020-10-01')?.name).toBe('XII');
    expect(termOn(terms, '2015-09-30')).toBeNull();
    expect(termProblems(terms)).toEqual([]);
    expect(termProblems([{ name: 'A', start: '2020-01-01', end: null }, { name: 'B', start: '2021-01-01', end: null }])).toHaveLength(1);
  });
});
