// SQL of incoming handling (migration 0100): instruction, chủ trì/phối hợp, steps, the
// append-only progress log, office handling settings and the due list.
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import type { IncomingStatus } from '../../shared/domain/incoming';
import type { Assignee, ProgressEntry } from '../../shared/domain/handling';
import type { DayCount } from '../../shared/domain/deadlines';

export type HandlingRaw = {
  id: number;
  status: IncomingStatus;
  presented_at: string | null;
  instruction: string;
  instruction_date: string | null;
  instructed_by: string;
  lead_unit_id: number | null;
  lead_name: string;
  deadline: string | null;
  close_note: string;
  closed_at: string | null;
};

export type DueRaw = {
  id: number;
  arrival_year: number;
  arrival_number: number;
  issuer: string;
  number: string;
  subject: string;
  urgency: 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC' | null;
  deadline: string;
  status: IncomingStatus;
  presented_at: string | null;
  lead_name: string;
};

/** One register line with everything the printed forms show. */
export type PrintRaw = DueRaw & {
  arrival_date: string;
  doc_date: string | null;
  doc_type: string;
  receiver: string;
  handover_date: string | null;
  signature: string;
  notes: string;
  secrecy: string | null;
  handler: string;
  deadline: string | null;
  instruction: string;
  instruction_date: string | null;
  instructed_by: string;
  close_note: string;
  cooperators: string | null;
  replies: string | null;
  last_note: string | null;
};

/**
 * The 0100 triggers refuse a skipped step with a Vietnamese message: any write path (the register
 * form, the legacy setStatus) reports it as a validation error instead of an internal one.
 */
export function stepRefusal(e: unknown): unknown {
  return e instanceof Error && (e as { code?: string }).code === 'SQLITE_CONSTRAINT_TRIGGER' ? new AppError('VALIDATION', e.message) : e;
}

// Urgency first (Hỏa tốc, Thượng khẩn, Khẩn, none), then the nearest deadline: the order of the
// index incoming_open_due_order (0101), written the same way so SQLite walks it and stops at LIMIT.
const DUE_ORDER = `(CASE urgency WHEN 'HỎA TỐC' THEN 3 WHEN 'THƯỢNG KHẨN' THEN 2 WHEN 'KHẨN' THEN 1 ELSE 0 END) DESC, deadline, reg_key`;
// Same terms as the partial index incoming_open_deadline, so SQLite uses it.
const OPEN_WITH_DEADLINE = `deleted_at IS NULL AND status <> 'da-xu-ly' AND deadline IS NOT NULL`;

const PRINT_COLUMNS = `i.id, i.arrival_year, i.arrival_number, i.arrival_date, i.issuer, i.number, i.doc_date, i.doc_type, i.subject, i.receiver,
  i.handover_date, i.signature, i.notes, i.secrecy, i.urgency, i.deadline, i.handler, i.status, i.presented_at, i.lead_name,
  i.instruction, i.instruction_date, i.instructed_by, i.close_note,
  (SELECT group_concat(c.name, '; ') FROM (SELECT name FROM incoming_cooperator WHERE incoming_id = i.id ORDER BY position) c) AS cooperators,
  (SELECT group_concat(o.symbol, '; ') FROM incoming_reply r JOIN outgoing_document o ON o.id = r.outgoing_id WHERE r.incoming_id = i.id) AS replies,
  (SELECT p.detail FROM incoming_progress p WHERE p.incoming_id = i.id AND p.kind = 'note' ORDER BY p.id DESC LIMIT 1) AS last_note`;

export function createHandlingRepo(db: Db) {
  const find = db.prepare<[number], HandlingRaw>(
    `SELECT id, status, presented_at, instruction, instruction_date, instructed_by, lead_unit_id, lead_name, deadline, close_note, closed_at
       FROM incoming WHERE id = ? AND deleted_at IS NULL`,
  );
  const cooperators = db.prepare<[number], { unit_id: number | null; name: string }>(`SELECT unit_id, name FROM incoming_cooperator WHERE incoming_id = ? ORDER BY position`);
  const replies = db.prepare<[number], { id: number; symbol: string }>(
    `SELECT o.id, o.symbol FROM incoming_reply r JOIN outgoing_document o ON o.id = r.outgoing_id WHERE r.incoming_id = ? ORDER BY o.id`,
  );
  const progress = db.prepare<[number], { id: number; at: string; os_user: string; kind: ProgressEntry['kind']; step: ProgressEntry['step']; detail: string }>(
    `SELECT id, at, os_user, kind, step, detail FROM incoming_progress WHERE incoming_id = ? ORDER BY id`,
  );
  const setInstruction = db.prepare(
    `UPDATE incoming SET instruction = @instruction, instruction_date = @instructionDate, instructed_by = @instructedBy, lead_unit_id = @leadUnitId,
       lead_name = @leadName, handler = @leadName, deadline = @deadline, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  );
  const clearCooperators = db.prepare(`DELETE FROM incoming_cooperator WHERE incoming_id = ?`);
  const addCooperator = db.prepare(`INSERT INTO incoming_cooperator (incoming_id, position, unit_id, name) VALUES (?, ?, ?, ?)`);
  const present = db.prepare(`UPDATE incoming SET presented_at = @date, updated_at = @now WHERE id = @id AND status = 'moi' AND deleted_at IS NULL`);
  const setStatus = db.prepare(
    `UPDATE incoming SET status = @status, close_note = @closeNote, closed_at = @closedAt, reopen_reason = @reopenReason, updated_at = @now
       WHERE id = @id AND deleted_at IS NULL`,
  );
  const addProgress = db.prepare(`INSERT INTO incoming_progress (incoming_id, at, os_user, kind, step, detail) VALUES (@id, @at, @user, @kind, @step, @detail)`);
  const unitName = db.prepare<[number], { name: string }>(`SELECT name FROM unit WHERE id = ? AND deleted_at IS NULL`);
  const settings = db.prepare<[], { day_count: DayCount; column_set: 'nd30' | 'vptw693'; den_stamp: number }>(`SELECT day_count, column_set, den_stamp FROM handling_settings WHERE id = 1`);
  const setSettings = db.prepare(`UPDATE handling_settings SET day_count = @dayCount, column_set = @columnSet, den_stamp = @denStamp, updated_at = @now WHERE id = 1`);
  const holidays = db.prepare<[], { day: string; name: string }>(`SELECT day, name FROM office_holiday ORDER BY day`);
  const clearHolidays = db.prepare(`DELETE FROM office_holiday`);
  const addHoliday = db.prepare(`INSERT OR REPLACE INTO office_holiday (day, name) VALUES (?, ?)`);
  // 0101 is numbered below migrations that landed first: a database migrated past them before 0101
  // existed lacks the index, and INDEXED BY would then fail instead of just being slower.
  const hasDueIndex = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'incoming_open_due_order'`).get() !== undefined;
  const due = db.prepare<{ horizon: string; limit: number }, DueRaw>(
    `SELECT id, arrival_year, arrival_number, issuer, number, subject, urgency, deadline, status, presented_at, lead_name
       FROM incoming ${hasDueIndex ? 'INDEXED BY incoming_open_due_order' : ''} WHERE ${OPEN_WITH_DEADLINE} AND deadline <= @horizon
       ORDER BY ${DUE_ORDER} LIMIT @limit`,
  );
  const dueCounts = db.prepare<{ today: string; horizon: string }, { overdue: number | null; soon: number | null }>(
    `SELECT sum(deadline < @today) AS overdue, sum(deadline >= @today) AS soon FROM incoming WHERE ${OPEN_WITH_DEADLINE} AND deadline <= @horizon`,
  );
  const printRange = db.prepare<{ from: string; to: string }, PrintRaw>(
    `SELECT ${PRINT_COLUMNS} FROM incoming i WHERE i.deleted_at IS NULL AND i.arrival_date BETWEEN @from AND @to ORDER BY i.reg_key`,
  );
  const printOne = db.prepare<[number], PrintRaw>(`SELECT ${PRINT_COLUMNS} FROM incoming i WHERE i.id = ? AND i.deleted_at IS NULL`);

  return {
    find: (id: number) => find.get(id),
    cooperators: (id: number): Assignee[] => cooperators.all(id).map((c) => ({ unitId: c.unit_id, name: c.name })),
    replies: (id: number) => replies.all(id),
    progress: (id: number): ProgressEntry[] => progress.all(id).map((p) => ({ id: p.id, at: p.at, osUser: p.os_user, kind: p.kind, step: p.step, detail: p.detail })),
    setInstruction: (v: { id: number; instruction: string; instructionDate: string; instructedBy: string; leadUnitId: number | null; leadName: string; deadline: string | null; now: string }) =>
      setInstruction.run(v).changes > 0,
    setCooperators(id: number, list: readonly Assignee[]) {
      clearCooperators.run(id);
      list.forEach((c, i) => addCooperator.run(id, i, c.unitId, c.name));
    },
    present: (id: number, date: string, now: string) => present.run({ id, date, now }).changes > 0,
    setStatus: (v: { id: number; status: IncomingStatus; closeNote: string; closedAt: string | null; reopenReason: string; now: string }) => setStatus.run(v).changes > 0,
    addProgress: (v: { id: number; at: string; user: string; kind: ProgressEntry['kind']; step: ProgressEntry['step']; detail: string }) => addProgress.run(v),
    unitName: (id: number) => unitName.get(id)?.name ?? null,
    settings: () => settings.get()!,
    setSettings: (v: { dayCount: DayCount; columnSet: string; denStamp: number; now: string }) => setSettings.run(v),
    holidays: () => holidays.all(),
    replaceHolidays(list: readonly { day: string; name: string }[]) {
      clearHolidays.run();
      for (const h of list) addHoliday.run(h.day, h.name);
    },
    due: (horizon: string, limit: number) => due.all({ horizon, limit }),
    dueCounts: (today: string, horizon: string) => dueCounts.get({ today, horizon })!,
    printRange: (from: string, to: string) => printRange.iterate({ from, to }),
    printOne: (id: number) => printOne.get(id),
  };
}
