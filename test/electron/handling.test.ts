// Handling after registering (issue 14): steps that cannot be skipped (service and DB trigger),
// closing with a note or a reply letter, reopening with a reason, the append-only progress log,
// deadlines in working days across a weekend and a holiday, and the due list.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { setAuditUserProvider } from '../../electron/audit/repo';
import { daysLeft, deadlineAfter, formatHolidayLines, parseHolidayLines } from '../../shared/domain/deadlines';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

// Thursday 5 March 2026, 15:00 in Hà Nội.
const NOW = new Date('2026-03-05T08:00:00Z');
const open = () => {
  const dir = tempDir();
  return openAppContext({ dataDir: dir, dbFile: path.join(dir, 'h.sqlite'), clock: () => NOW });
};
const circular = (n: number, extra: Record<string, unknown> = {}) => ({
  arrivalDate: '2026-03-05',
  issuer: 'Ban Tuyên giáo Thành ủy',
  number: `${n}-CV/BTGTU`,
  docDate: '2026-03-01',
  docType: 'Công văn',
  subject: `Về việc tuyên truyền số ${n}`,
  ...extra,
});

describe('handling steps', () => {
  it('moves one step at a time; closing needs a note; reopening needs a reason; each change is logged with the OS user', () => {
    setAuditUserProvider(() => 'vanthu01');
    const ctx = open();
    const { incoming, handling } = ctx.services;
    const rec = incoming.create(circular(1));
    expect(handling.get(rec.id).step).toBe('moi');
    expect(() => incoming.setStatus(rec.id, 'da-xu-ly')).toThrow(/bỏ qua bước/);
    expect(() => incoming.setStatus(rec.id, 'dang-xu-ly')).toThrow(/chưa trình/);
    expect(handling.advance({ id: rec.id }).step).toBe('da-trinh');
    expect(handling.get(rec.id).presentedAt).toBe('2026-03-05');
    expect(handling.advance({ id: rec.id }).step).toBe('dang-xu-ly');
    expect(() => handling.advance({ id: rec.id })).toThrow(/ghi chú kết quả/);
    expect(handling.get(rec.id).step).toBe('dang-xu-ly');
    const closed = handling.advance({ id: rec.id, note: 'Đã triển khai tới các chi bộ' });
    expect([closed.step, closed.closeNote]).toEqual(['da-xu-ly', 'Đã triển khai tới các chi bộ']);
    expect(() => handling.advance({ id: rec.id })).toThrow(/mở lại/);
    expect(() => handling.reopen({ id: rec.id, reason: '  ' })).toThrow();
    const again = handling.reopen({ id: rec.id, reason: 'Thành ủy yêu cầu báo cáo bổ sung' });
    expect(again.step).toBe('dang-xu-ly');
    expect(again.progress.map((p) => [p.kind, p.step])).toEqual([
      ['step', 'da-trinh'],
      ['step', 'dang-xu-ly'],
      ['step', 'da-xu-ly'],
      ['reopen', 'dang-xu-ly'],
    ]);
    expect(again.progress.every((p) => p.osUser === 'vanthu01')).toBe(true);
    expect(again.progress[3]!.detail).toContain('báo cáo bổ sung');
    setAuditUserProvider(null);
    ctx.close();
  });

  it('the database refuses a skipped step, closing without note or reply and reopening without reason, whatever wrote the SQL', () => {
    const ctx = open();
    const db = ctx.services.db;
    const { id } = ctx.services.incoming.create(circular(2));
    expect(() => db.prepare(`UPDATE incoming SET status = 'da-xu-ly' WHERE id = ?`).run(id)).toThrow(/bỏ qua bước/);
    expect(() => db.prepare(`UPDATE incoming SET status = 'dang-xu-ly' WHERE id = ?`).run(id)).toThrow(/chưa trình/);
    db.prepare(`UPDATE incoming SET presented_at = '2026-03-05' WHERE id = ?`).run(id);
    db.prepare(`UPDATE incoming SET status = 'dang-xu-ly' WHERE id = ?`).run(id);
    expect(() => db.prepare(`UPDATE incoming SET status = 'da-xu-ly' WHERE id = ?`).run(id)).toThrow(/ghi chú kết quả hoặc văn bản trả lời/);
    db.prepare(`UPDATE incoming SET status = 'da-xu-ly', close_note = 'xong' WHERE id = ?`).run(id);
    expect(() => db.prepare(`UPDATE incoming SET status = 'dang-xu-ly' WHERE id = ?`).run(id)).toThrow(/lý do/);
    expect(() => db.prepare(`UPDATE incoming SET status = 'moi', reopen_reason = 'x' WHERE id = ?`).run(id)).toThrow(/về bước Mới/);
    ctx.close();
  });

  it('keeps the progress log append-only: a trigger refuses UPDATE and DELETE', () => {
    const ctx = open();
    const { id } = ctx.services.incoming.create(circular(3));
    ctx.services.handling.note({ id, text: 'Đã gọi điện nhắc Đảng ủy phường' });
    const db = ctx.services.db;
    expect(() => db.prepare(`UPDATE incoming_progress SET detail = 'sửa lại'`).run()).toThrow(/chỉ được ghi thêm/);
    expect(() => db.prepare(`DELETE FROM incoming_progress`).run()).toThrow(/chỉ được ghi thêm/);
    expect(ctx.services.handling.get(id).progress.map((p) => p.detail)).toEqual(['Đã gọi điện nhắc Đảng ủy phường']);
    ctx.close();
  });

  it('records the instruction with chủ trì from the directory, phối hợp as directory units or free text, and presents a new record first', () => {
    const ctx = open();
    const { incoming, handling, directory } = ctx.services;
    const unitA = directory.saveUnit({ name: 'Đảng ủy phường Sài Gòn' });
    const unitB = directory.saveUnit({ name: 'Ủy ban Mặt trận Tổ quốc phường' });
    const { id } = incoming.create(circular(4));
    const h = handling.instruct({
      id,
      instruction: 'Giao Đảng ủy phường chủ trì triển khai, báo cáo trước hạn.',
      instructionDate: '2026-03-05',
      instructedBy: 'Phó Trưởng ban Nguyễn Văn A',
      lead: { unitId: unitA.id, name: 'x' },
      cooperators: [{ unitId: unitB.id, name: unitB.name }, { unitId: null, name: 'Đồng chí Trần Thị B' }],
      deadlineDays: 2,
    });
    expect(h.step).toBe('da-trinh');
    expect(h.lead).toEqual({ unitId: unitA.id, name: 'Đảng ủy phường Sài Gòn' });
    expect(h.cooperators.map((c) => c.name)).toEqual(['Ủy ban Mặt trận Tổ quốc phường', 'Đồng chí Trần Thị B']);
    expect(h.deadline).toBe('2026-03-07');
    expect(h.progress.map((p) => p.kind)).toEqual(['step', 'instruction']);
    expect(h.progress[1]!.detail).toMatch(/Chủ trì: Đảng ủy phường Sài Gòn.*Hạn xử lý: 07\/03\/2026/);
    expect(incoming.get(id).handler).toBe('Đảng ủy phường Sài Gòn');
    expect(() => handling.instruct({ id, instruction: 'x', instructionDate: '2026-03-05', lead: { unitId: 9999, name: 'Không có' } })).toThrow(/không còn trong danh mục/);
    ctx.close();
  });
});

describe('deadlines', () => {
  const holidays = new Set(['2026-03-06']);
  it('count calendar days by default and working days across a weekend and a holiday', () => {
    expect(deadlineAfter('2026-03-05', 2, { dayCount: 'calendar', holidays })).toBe('2026-03-07');
    // Thu 5 → (Fri 6 holiday, Sat, Sun) → Mon 9 (1), Tue 10 (2).
    expect(deadlineAfter('2026-03-05', 2, { dayCount: 'working', holidays })).toBe('2026-03-10');
    expect(daysLeft('2026-03-05', '2026-03-10', { dayCount: 'working', holidays })).toBe(2);
    expect(daysLeft('2026-03-05', '2026-03-10', { dayCount: 'calendar', holidays })).toBe(5);
    expect(daysLeft('2026-03-10', '2026-03-05', { dayCount: 'working', holidays })).toBe(-2);
    expect(daysLeft('2026-03-05', '2026-03-05', { dayCount: 'working', holidays })).toBe(0);
  });

  it('reads the holiday list as the office types it (dd/mm/yyyy) and writes it back the same way', () => {
    const { holidays, bad } = parseHolidayLines('02/09/2026 Quốc khánh\n  1-9-2026 - Nghỉ liền kề\n\nTết Dương lịch');
    expect(holidays).toEqual([{ day: '2026-09-02', name: 'Quốc khánh' }, { day: '2026-09-01', name: 'Nghỉ liền kề' }]);
    expect(bad).toEqual(['Tết Dương lịch']);
    expect(formatHolidayLines(holidays)).toBe('02/09/2026 Quốc khánh\n01/09/2026 Nghỉ liền kề');
  });

  it('the office setting switches the service to working days with its holiday list', () => {
    const ctx = open();
    const { incoming, handling } = ctx.services;
    handling.setSettings({ dayCount: 'working', columnSet: 'nd30', denStamp: false, holidays: [{ day: '2026-03-06', name: 'Nghỉ bù' }] });
    const { id } = incoming.create(circular(5));
    expect(handling.instruct({ id, instruction: 'Triển khai', instructionDate: '2026-03-05', deadlineDays: 2 }).deadline).toBe('2026-03-10');
    expect(handling.settings().holidays).toEqual([{ day: '2026-03-06', name: 'Nghỉ bù' }]);
    ctx.close();
  });

  it('the due list puts urgent documents first, then the nearest deadline, and counts overdue ones', () => {
    const ctx = open();
    const { incoming, handling } = ctx.services;
    const a = incoming.create(circular(6, { deadline: '2026-03-04' }));
    const b = incoming.create(circular(7, { deadline: '2026-03-06', urgency: 'KHẨN' }));
    const c = incoming.create(circular(8, { deadline: '2026-03-07', urgency: 'HỎA TỐC' }));
    incoming.create(circular(9, { deadline: '2026-04-30' }));
    const closed = incoming.create(circular(10, { deadline: '2026-03-01', status: 'da-xu-ly' }));
    const due = handling.due({ withinDays: 3 });
    expect(due.rows.map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect([due.overdue, due.dueSoon]).toEqual([1, 2]);
    expect(due.rows.map((r) => r.daysLeft)).toEqual([2, 1, -1]);
    expect(due.rows.some((r) => r.id === closed.id)).toBe(false);
    ctx.close();
  });
});

describe('reply letters', () => {
  it('issuing the reply closes a document being handled, with the link in the timeline', async () => {
    const ctx = open();
    const { key: _k, label: _l, ...office } = SAMPLE_PROFILES[0]!;
    expect((await ctx.dispatch('profile:save', office)).ok).toBe(true);
    const { incoming, handling } = ctx.services;
    const { id } = incoming.create(circular(11));
    handling.instruct({ id, instruction: 'Soạn công văn trả lời', instructionDate: '2026-03-05', deadline: '2026-03-07' });
    handling.advance({ id });
    const r = await ctx.dispatch('outgoing:issue', { typeCode: 'CV', subject: 'Trả lời công văn 11-CV/BTGTU', incomingId: id });
    expect(r.ok).toBe(true);
    const h = handling.get(id);
    expect(h.step).toBe('da-xu-ly');
    expect(h.replies.map((x) => x.symbol)).toEqual(['01-CV/BTGQU']);
    expect(h.progress.at(-1)).toMatchObject({ kind: 'reply', step: 'da-xu-ly', detail: '01-CV/BTGQU' });
    ctx.close();
  });
});
