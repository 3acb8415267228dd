import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../electron/context';
import type { RichReport } from '../../../shared/report/types';
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

  it('takes the clerk\'s publication date and corrections; the draft is rebuilt from the corrected facts', async () => {
    const text = 'Sáng 15-8, Ban Chấp hành Đảng bộ thành phố Cần Thơ khóa XV tổ chức hội nghị lần thứ 11. Đồng chí Đỗ Thanh Bình, Bí thư Thành ủy chủ trì hội nghị.';
    const none = await ctx.dispatch('report:draft', { texts: [{ text }] });
    expect(none.ok && (none.value as RichReport).facts.startDate).toBeNull();
    const dated = await ctx.dispatch('report:draft', { texts: [{ text }], publishedDate: '2024-08-16' });
    if (!dated.ok) throw new Error(dated.error.message);
    const d = dated.value as RichReport;
    expect(d.facts.startDate).toMatchObject({ value: '2024-08-15', evidence: 'Ngày đăng bài: 16/08/2024' });
    expect(d.draft.sections[0]?.paragraphs[0]?.text).toContain('Ngày 15 tháng 8 năm 2024');
    const fixed = await ctx.dispatch('report:draft', { texts: [{ text }], publishedDate: '2024-08-16', corrections: { startDate: '2024-08-14', endDate: '2024-08-14', ordinal: 12 } });
    if (!fixed.ok) throw new Error(fixed.error.message);
    const f = fixed.value as RichReport;
    expect(f.facts.startDate).toMatchObject({ value: '2024-08-14', confidence: 1, corrected: true });
    expect(f.draft.subject).toContain('lần thứ 12');
    expect(f.draft.sections[0]?.paragraphs[0]?.text).toContain('Ngày 14 tháng 8 năm 2024');
    const bad = await ctx.dispatch('report:draft', { texts: [{ text }], publishedDate: '16/08/2024' } as never);
    expect(!bad.ok && bad.error.code).toBe('VALIDATION');
  });

  it('rejects unknown keys and empty input with a validation error', async () => {
    const bad = await ctx.dispatch('report:draft', { texts: [], extra: 1 } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('VALIDATION');
  });
});
