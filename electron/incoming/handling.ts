// Rules of handling an incoming document (issue 14): the instruction and assignment, steps that
// cannot be skipped (checked here with Vietnamese messages, and again by the 0100 triggers), closing
// with a note or a reply letter, reopening with a reason, the office's day count and the due list.
// Every change appends a progress entry and an audit row in the same transaction.
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import { deadlineAfter, daysLeft, type Calendar } from '../../shared/domain/deadlines';
import {
  advanceSchema,
  dueQuerySchema,
  handlingSettingsSchema,
  instructionSchema,
  progressNoteSchema,
  reopenSchema,
  type DueList,
  type Handling,
  type HandlingSettings,
  type InstructionInput,
  type ProgressEntry,
} from '../../shared/domain/handling';
import { type HandlingStep, nextStep, stepOf } from '../../shared/domain/handlingSteps';
import { formatDateShort } from '../../shared/text/dates';
import { todayIn } from '../../shared/text/today';
import { currentUser, record } from '../audit/repo';
import { createHandlingRepo, type HandlingRaw } from './handlingRepo';

const STEP_NAMES: Record<HandlingStep, string> = { moi: 'Mới', 'da-trinh': 'Đã trình', 'dang-xu-ly': 'Đang xử lý', 'da-xu-ly': 'Đã xử lý' };

export function createHandlingService(db: Db, clock: () => Date = () => new Date()) {
  const repo = createHandlingRepo(db);
  const now = () => clock().toISOString();
  const today = () => todayIn(clock());

  const calendar = (): Calendar => ({ dayCount: repo.settings().day_count, holidays: new Set(repo.holidays().map((h) => h.day)) });

  const load = (id: number): HandlingRaw => {
    const r = repo.find(id);
    if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
    return r;
  };
  const log = (id: number, kind: ProgressEntry['kind'], step: HandlingStep, detail: string, at: string) => {
    repo.addProgress({ id, at, user: currentUser(), kind, step, detail });
    record(db, { action: `handling.${kind}`, entity: 'incoming', entityId: id, detail: { step, detail } }, { at });
  };

  function get(id: number): Handling {
    const r = load(id);
    return {
      id: r.id,
      step: stepOf(r.status, r.presented_at),
      presentedAt: r.presented_at,
      instruction: r.instruction,
      instructionDate: r.instruction_date,
      instructedBy: r.instructed_by,
      lead: r.lead_name ? { unitId: r.lead_unit_id, name: r.lead_name } : null,
      cooperators: repo.cooperators(id),
      deadline: r.deadline,
      closeNote: r.close_note,
      closedAt: r.closed_at,
      replies: repo.replies(id),
      progress: repo.progress(id),
    };
  }

  /** A directory unit's current name (the picked id must still exist); typed names pass as they are. */
  const assignee = (a: { unitId: number | null; name: string }) => {
    if (a.unitId === null) return a;
    const name = repo.unitName(a.unitId);
    if (name === null) throw new AppError('VALIDATION', `Đơn vị "${a.name}" không còn trong danh mục nơi nhận.`);
    return { unitId: a.unitId, name };
  };

  const instructTx = db.transaction((input: InstructionInput) => {
    const v = instructionSchema.parse(input);
    const r = load(v.id);
    if (r.status === 'da-xu-ly') throw new AppError('VALIDATION', 'Văn bản đã xử lý xong; hãy mở lại trước khi ghi ý kiến chỉ đạo mới.');
    const lead = v.lead ? assignee(v.lead) : null;
    const cooperators = v.cooperators.map(assignee);
    const deadline = v.deadlineDays !== undefined ? deadlineAfter(v.instructionDate, v.deadlineDays, calendar()) : v.deadline;
    if (deadline !== null && deadline < v.instructionDate) throw new AppError('VALIDATION', 'Hạn xử lý không được trước ngày ghi ý kiến chỉ đạo.');
    const at = now();
    // An instruction means the document was presented: a record still at Mới is presented first,
    // as its own logged step (never skipped).
    if (!r.presented_at && r.status === 'moi') {
      repo.present(v.id, v.instructionDate, at);
      log(v.id, 'step', 'da-trinh', `Trình lãnh đạo ngày ${formatDateShort(v.instructionDate)}`, at);
    }
    repo.setInstruction({ id: v.id, instruction: v.instruction, instructionDate: v.instructionDate, instructedBy: v.instructedBy, leadUnitId: lead?.unitId ?? null, leadName: lead?.name ?? '', deadline, now: at });
    repo.setCooperators(v.id, cooperators);
    const parts = [
      `Ý kiến chỉ đạo${v.instructedBy ? ` của ${v.instructedBy}` : ''} (${formatDateShort(v.instructionDate)}): ${v.instruction.replace(/[.\s]+$/, '')}`,
      lead ? `Chủ trì: ${lead.name}` : '',
      cooperators.length ? `Phối hợp: ${cooperators.map((c) => c.name).join(', ')}` : '',
      deadline ? `Hạn xử lý: ${formatDateShort(deadline)}` : '',
    ];
    const after = load(v.id);
    log(v.id, 'instruction', stepOf(after.status, after.presented_at), parts.filter(Boolean).join('. '), at);
    return get(v.id);
  });

  const advanceTx = db.transaction((input: { id: number; note?: string }) => {
    const v = advanceSchema.parse(input);
    const r = load(v.id);
    const step = stepOf(r.status, r.presented_at);
    const next = nextStep(step);
    const at = now();
    if (next === null) throw new AppError('VALIDATION', 'Văn bản đã xử lý xong. Muốn xử lý tiếp, hãy mở lại và nêu lý do.');
    if (next === 'da-trinh') {
      repo.present(v.id, today(), at);
    } else if (next === 'dang-xu-ly') {
      repo.setStatus({ id: v.id, status: 'dang-xu-ly', closeNote: '', closedAt: null, reopenReason: '', now: at });
    } else {
      if (!v.note && repo.replies(v.id).length === 0) throw new AppError('VALIDATION', 'Đóng văn bản cần ghi chú kết quả xử lý hoặc có văn bản trả lời.');
      repo.setStatus({ id: v.id, status: 'da-xu-ly', closeNote: v.note, closedAt: at, reopenReason: '', now: at });
    }
    log(v.id, 'step', next, [`${STEP_NAMES[step]} → ${STEP_NAMES[next]}`, v.note].filter(Boolean).join(': '), at);
    return get(v.id);
  });

  const reopenTx = db.transaction((input: { id: number; reason: string }) => {
    const v = reopenSchema.parse(input);
    const r = load(v.id);
    if (r.status !== 'da-xu-ly') throw new AppError('VALIDATION', 'Chỉ mở lại được văn bản đã xử lý.');
    const at = now();
    repo.setStatus({ id: v.id, status: 'dang-xu-ly', closeNote: '', closedAt: null, reopenReason: v.reason, now: at });
    log(v.id, 'reopen', 'dang-xu-ly', `Mở lại: ${v.reason}`, at);
    return get(v.id);
  });

  const noteTx = db.transaction((input: { id: number; text: string }) => {
    const v = progressNoteSchema.parse(input);
    const r = load(v.id);
    log(v.id, 'note', stepOf(r.status, r.presented_at), v.text, now());
    return get(v.id);
  });

  const settingsTx = db.transaction((input: HandlingSettings) => {
    const v = handlingSettingsSchema.parse(input);
    const at = now();
    repo.setSettings({ dayCount: v.dayCount, columnSet: v.columnSet, denStamp: v.denStamp ? 1 : 0, now: at });
    repo.replaceHolidays(v.holidays);
    record(db, { action: 'update', entity: 'handling_settings', entityId: 1, detail: { dayCount: v.dayCount, columnSet: v.columnSet, holidays: v.holidays.length } }, { at });
    return settings();
  });

  function settings(): HandlingSettings {
    const s = repo.settings();
    return { dayCount: s.day_count, columnSet: s.column_set, denStamp: s.den_stamp === 1, holidays: repo.holidays() };
  }

  return {
    get,
    instruct: (input: InstructionInput) => instructTx.immediate(input),
    advance: (input: { id: number; note?: string }) => advanceTx.immediate(input),
    reopen: (input: { id: number; reason: string }) => reopenTx.immediate(input),
    note: (input: { id: number; text: string }) => noteTx.immediate(input),
    settings,
    setSettings: (input: HandlingSettings) => settingsTx.immediate(input),
    calendar,
    today,
    /** Overdue and due within `withinDays` (as the office counts days), urgent first. */
    due(input: { withinDays?: number; limit?: number } = {}): DueList {
      const q = dueQuerySchema.parse(input);
      const cal = calendar();
      const t = today();
      const horizon = deadlineAfter(t, q.withinDays, cal);
      const counts = repo.dueCounts(t, horizon);
      const rows = repo.due(horizon, q.limit).map((r) => ({
        id: r.id,
        arrivalYear: r.arrival_year,
        arrivalNumber: r.arrival_number,
        issuer: r.issuer,
        number: r.number,
        subject: r.subject,
        urgency: r.urgency,
        deadline: r.deadline,
        step: stepOf(r.status, r.presented_at),
        lead: r.lead_name,
        daysLeft: daysLeft(t, r.deadline, cal),
      }));
      return { today: t, overdue: counts.overdue ?? 0, dueSoon: counts.soon ?? 0, rows };
    },
    repo,
  };
}
export type HandlingService = ReturnType<typeof createHandlingService>;
