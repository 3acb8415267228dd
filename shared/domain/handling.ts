// Handling an incoming document after registering it: the leader's instruction (ý kiến chỉ đạo),
// chủ trì / phối hợp, the deadline, and steps that cannot be skipped:
// Mới → Đã trình → Đang xử lý → Đã xử lý. Every change is an append-only progress entry.
import { PAPER_SIZES } from '../document/paper';
import { z } from 'zod';
import { DAY_COUNTS } from './deadlines';
import { type HandlingStep } from './handlingSteps';
import { type URGENCY_LEVELS } from './incoming';

const text = (max: number) => z.string().trim().max(max);
const id = z.number().int().positive();

/** A unit picked from the directory (unitId) or typed (unitId null); name is what is printed. */
export const assigneeSchema = z.strictObject({ unitId: id.nullable().default(null), name: text(300).min(1) });
export type Assignee = z.output<typeof assigneeSchema>;

export const instructionSchema = z
  .strictObject({
    id,
    /** Ý kiến chỉ đạo of the leader. */
    instruction: text(5000).min(1, 'Hãy ghi ý kiến chỉ đạo.'),
    instructionDate: z.iso.date(),
    /** Who gave it (Trưởng ban, Phó Trưởng ban …). */
    instructedBy: text(200).default(''),
    lead: assigneeSchema.nullable().default(null),
    cooperators: z.array(assigneeSchema).max(100).default([]),
    /** Hạn xử lý as a date, or … */
    deadline: z.iso.date().nullable().default(null),
    /** … as a number of days after the instruction date, counted as the office counts (calendar or working). */
    deadlineDays: z.number().int().min(0).max(365).optional(),
  })
  .refine((v) => v.deadline === null || v.deadlineDays === undefined, { message: 'Chỉ nhập hạn xử lý là một ngày hoặc một số ngày, không cả hai.' });
export type InstructionInput = z.input<typeof instructionSchema>;

export const advanceSchema = z.strictObject({
  id,
  /** Required to close (Đang xử lý → Đã xử lý) unless a reply letter is linked. */
  note: text(5000).default(''),
});
export const reopenSchema = z.strictObject({ id, reason: text(2000).min(1, 'Hãy nêu lý do mở lại.') });
export const progressNoteSchema = z.strictObject({ id, text: text(5000).min(1, 'Hãy ghi nội dung tiến độ.') });

export const PROGRESS_KINDS = ['instruction', 'step', 'note', 'reopen', 'reply'] as const;
export type ProgressEntry = {
  id: number;
  at: string;
  osUser: string;
  kind: (typeof PROGRESS_KINDS)[number];
  /** The step after this entry. */
  step: HandlingStep;
  detail: string;
};

export type Handling = {
  id: number;
  step: HandlingStep;
  presentedAt: string | null;
  instruction: string;
  instructionDate: string | null;
  instructedBy: string;
  lead: Assignee | null;
  cooperators: Assignee[];
  deadline: string | null;
  closeNote: string;
  closedAt: string | null;
  /** Linked reply letters (symbol, e.g. "12-CV/BTGQU"). */
  replies: { id: number; symbol: string }[];
  progress: ProgressEntry[];
};

export const handlingSettingsSchema = z.strictObject({
  dayCount: z.enum(DAY_COUNTS),
  columnSet: z.enum(['nd30', 'vptw693']),
  denStamp: z.boolean(),
  holidays: z.array(z.strictObject({ day: z.iso.date(), name: text(200).default('') })).max(500),
});
export type HandlingSettings = z.output<typeof handlingSettingsSchema>;

export const dueQuerySchema = z.strictObject({
  /** Days ahead that count as "sắp đến hạn" (as the office counts days). */
  withinDays: z.number().int().min(0).max(60).default(3),
  limit: z.number().int().min(0).max(1000).default(200),
});

export type DueRow = {
  id: number;
  arrivalYear: number;
  arrivalNumber: number;
  issuer: string;
  number: string;
  subject: string;
  urgency: (typeof URGENCY_LEVELS)[number] | null;
  deadline: string;
  step: HandlingStep;
  lead: string;
  /** As the office counts days; negative = overdue. */
  daysLeft: number;
};
export type DueList = { today: string; overdue: number; dueSoon: number; rows: DueRow[] };

export const PRINT_FORMS = ['so-den', 'theo-doi', 'phieu'] as const;
export const printSchema = z
  .strictObject({
    form: z.enum(PRINT_FORMS),
    id: id.optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    year: z.number().int().min(1900).max(2999).optional(),
    /** Paper of the registers (the phiếu is always A4). */
    paper: z.enum(PAPER_SIZES).optional(),
  })
  .refine((v) => v.form !== 'phieu' || v.id !== undefined, { message: 'Phiếu giải quyết cần chọn một văn bản đến.' });
export type PrintInput = z.input<typeof printSchema>;
