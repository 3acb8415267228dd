import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../electron/context';
import { tempDir } from '../../helpers/tmp';

let ctx: AppContext;
beforeAll(() => {
  ctx = openAppContext({ dataDir: tempDir() });
});
afterAll(() => ctx?.close());

describe('report:draft over the dispatcher', () => {
  it('returns rich facts (confidence, sources) and the draft', async () => {
    const r = await ctx.dispatch('report:draft', { texts: [{ name: 'a.txt', text: 'Ngày 05/10/2022, Đảng ủy Khối các cơ quan tỉnh Bình Dương tổ chức Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 12, khóa VI. Đồng chí Huỳnh Văn Lộc, Bí thư Đảng ủy Khối chủ trì hội nghị.' }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as { facts: { ordinal: { value: number; confidence: number; sources: { name: string; sentence: number }[] } }; draft: { subject: string } };
    expect(v.facts.ordinal).toMatchObject({ value: 12, sources: [{ name: 'a.txt', sentence: 0 }] });
    expect(v.facts.ordinal.confidence).toBeGreaterThan(0.9);
    expect(v.draft.subject).toBe('Kết quả Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Bình Dương khóa VI');
  });

  it('rejects unknown keys and empty input with a validation error', async () => {
    const bad = await ctx.dispatch('report:draft', { texts: [], extra: 1 } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('VALIDATION');
  });
});
