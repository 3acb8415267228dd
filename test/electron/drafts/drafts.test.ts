import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/context';
import { tempDir } from '../../helpers/tmp';

const open = () => {
  const dir = tempDir();
  let t = Date.parse('2023-07-12T08:00:00Z');
  return { dir, ctx: openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date((t += 1000)) }) };
};

describe('drafts through the dispatcher', () => {
  it('saves, updates, lists newest first, survives reopening, deletes', async () => {
    const { dir, ctx } = open();
    const a = await ctx.dispatch('drafts:save', { kind: 'forwarding', title: 'Chuyển tiếp 3080', incomingId: 5, data: JSON.stringify({ subject: 'Về việc gửi tài liệu' }) });
    expect(a.ok).toBe(true);
    const id = a.ok ? (a.value as { id: number }).id : 0;
    const b = await ctx.dispatch('drafts:save', { kind: 'quickReport', data: '{"x":1}' });
    expect(b.ok).toBe(true);
    const upd = await ctx.dispatch('drafts:save', { id, kind: 'forwarding', title: 'Chuyển tiếp 3080 (sửa)', incomingId: 5, data: '{"subject":"Về việc gửi tài liệu Thông báo nhanh"}' });
    expect(upd.ok).toBe(true);
    const list = await ctx.dispatch('drafts:list', {});
    expect(list.ok && (list.value as { title: string }[]).map((d) => d.title)).toEqual(['Chuyển tiếp 3080 (sửa)', '']);
    const onlyQuick = await ctx.dispatch('drafts:list', { kind: 'quickReport' });
    expect(onlyQuick.ok && (onlyQuick.value as unknown[]).length).toBe(1);
    ctx.close();

    const again = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite') });
    const got = await again.dispatch('drafts:get', { id });
    expect(got.ok && JSON.parse((got.value as { data: string }).data)).toEqual({ subject: 'Về việc gửi tài liệu Thông báo nhanh' });
    expect(await again.dispatch('drafts:delete', { id })).toEqual({ ok: true, value: { deleted: true } });
    const gone = await again.dispatch('drafts:get', { id });
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND');
    again.close();
  });

  it('refuses bad input and unknown ids, writing nothing', async () => {
    const { ctx } = open();
    for (const input of [{ kind: 'x', data: '{}' }, { kind: 'other', data: 'not json' }, { kind: 'other', data: '{}', extra: 1 }, { kind: 'other', data: 'x'.repeat(4_000_001) }]) {
      const r = await ctx.dispatch('drafts:save', input);
      expect(r.ok === false && r.error.code).toBe('VALIDATION');
    }
    const missing = await ctx.dispatch('drafts:save', { id: 999, kind: 'other', data: '{}' });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    const list = await ctx.dispatch('drafts:list', {});
    expect(list).toEqual({ ok: true, value: [] });
    ctx.close();
  });
});
