import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/context';
import { DRAFT_VERSION, type ComposeDraft } from '../../../shared/domain/compose';
import { tempDir } from '../../helpers/tmp';

const open = () => {
  const dir = tempDir();
  let t = Date.parse('2023-07-12T08:00:00Z');
  return { dir, ctx: openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date((t += 1000)) }) };
};
const draft = (templateId: string, subject: string, incomingId: number | null = null): ComposeDraft => ({
  version: DRAFT_VERSION, templateId, templateVersion: null, incomingId, date: '2023-07-12', signerIndex: 0, addressees: [], distribution: [],
  copies: 1, secrecy: '', urgency: '', fields: subject ? { subject } : {}, sources: {}, facts: null, publishedDate: null, report: null,
});

describe('drafts through the dispatcher', () => {
  it('saves typed drafts (kind and title from the draft), updates, lists newest first, survives reopening, deletes', async () => {
    const { dir, ctx } = open();
    const a = await ctx.dispatch('drafts:save', { draft: draft('forwarding-letter', 'Về việc gửi tài liệu', 5) });
    expect(a.ok).toBe(true);
    const id = a.ok ? (a.value as { id: number }).id : 0;
    const b = await ctx.dispatch('drafts:save', { draft: draft('quick-report', '') });
    expect(b.ok).toBe(true);
    const upd = await ctx.dispatch('drafts:save', { id, draft: draft('forwarding-letter', 'Về việc gửi tài liệu   Thông báo nhanh', 5) });
    expect(upd.ok).toBe(true);
    const list = await ctx.dispatch('drafts:list', {});
    expect(list.ok && (list.value as { title: string; kind: string; incomingId: number | null }[]).map((d) => [d.title, d.kind, d.incomingId])).toEqual([
      ['Về việc gửi tài liệu Thông báo nhanh', 'forwarding', 5],
      ['', 'quickReport', null],
    ]);
    const onlyQuick = await ctx.dispatch('drafts:list', { kind: 'quickReport' });
    expect(onlyQuick.ok && (onlyQuick.value as unknown[]).length).toBe(1);
    ctx.close();

    const again = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite') });
    const got = await again.dispatch('drafts:get', { id });
    expect(got.ok && (got.value as { draft: ComposeDraft }).draft.fields).toEqual({ subject: 'Về việc gửi tài liệu   Thông báo nhanh' });
    expect(await again.dispatch('drafts:delete', { id })).toEqual({ ok: true, value: { deleted: true } });
    const gone = await again.dispatch('drafts:get', { id });
    expect(gone.ok === false && gone.error.code).toBe('NOT_FOUND');
    again.close();
  });

  it('refuses bad input and unknown ids, writing nothing', async () => {
    const { ctx } = open();
    const good = draft('forwarding-letter', 'x');
    for (const input of [{ draft: { ...good, version: 1 } }, { draft: JSON.stringify(good) }, { draft: good, extra: 1 }, { draft: { ...good, addressees: 'một chuỗi' } }, { kind: 'other', data: '{}' }]) {
      const r = await ctx.dispatch('drafts:save', input);
      expect(r.ok === false && r.error.code).toBe('VALIDATION');
    }
    const missing = await ctx.dispatch('drafts:save', { id: 999, draft: good });
    expect(missing.ok === false && missing.error.code).toBe('NOT_FOUND');
    const list = await ctx.dispatch('drafts:list', {});
    expect(list).toEqual({ ok: true, value: [] });
    ctx.close();
  });
});
