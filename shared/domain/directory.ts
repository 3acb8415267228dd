// Recipients: units (đơn vị, as written in Kính gửi / Nơi nhận) and recipient groups (nhóm nơi nhận).
import { z } from 'zod';

export const UNIT_KINDS = ['cap-uy', 'ban-dang', 'chinh-quyen', 'mat-tran-doan-the', 'bao-chi', 'khac'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  'cap-uy': 'Cấp ủy, tổ chức đảng',
  'ban-dang': 'Ban, cơ quan tham mưu của cấp ủy',
  'chinh-quyen': 'Cơ quan chính quyền',
  'mat-tran-doan-the': 'Mặt trận, đoàn thể',
  'bao-chi': 'Báo chí, truyền thông',
  khac: 'Khác',
};

export const unitInputSchema = z.strictObject({
  /** Absent: create; present: update that unit. */
  id: z.number().int().positive().optional(),
  /** As written in Kính gửi / Nơi nhận, e.g. "Đảng ủy phường Bến Nghé". */
  name: z.string().trim().min(1).max(300),
  shortName: z.string().trim().max(100).default(''),
  kind: z.enum(UNIT_KINDS).default('khac'),
});
export type UnitInput = z.input<typeof unitInputSchema>;
export type UnitData = z.output<typeof unitInputSchema>;
export type Unit = { id: number; name: string; shortName: string; kind: UnitKind; createdAt: string; updatedAt: string };

export const groupInputSchema = z.strictObject({
  id: z.number().int().positive().optional(),
  /** e.g. "Cấp ủy cơ sở đảng" — also the Kính gửi line when `asOneLine`. */
  name: z.string().trim().min(1).max(300),
  /** true: Kính gửi shows the group name as one line; false: one line per member unit. */
  asOneLine: z.boolean().default(false),
  /** Ordered member units (order = order of the lines). */
  memberIds: z.array(z.number().int().positive()).max(2000).default([]),
});
export type GroupInput = z.input<typeof groupInputSchema>;
export type GroupData = z.output<typeof groupInputSchema>;
export type RecipientGroup = { id: number; name: string; asOneLine: boolean; members: Unit[]; createdAt: string; updatedAt: string };

/**
 * The Kính gửi / Nơi nhận lines of one group: its name when it is written as one line (or has no
 * members yet), else its member units in order. The one rule for the compose picker, a template's
 * default recipients and the directory service.
 */
export function groupLines(g: { name: string; asOneLine: boolean; members: readonly { name: string }[] }): string[] {
  return g.asOneLine || g.members.length === 0 ? [g.name] : g.members.map((m) => m.name);
}

export const importUnitsInputSchema = z.strictObject({
  /** A list pasted from Word: one unit per line. */
  text: z.string().max(200_000),
  kind: z.enum(UNIT_KINDS).default('khac'),
});
export type ImportUnitsResult = { added: Unit[]; skipped: string[] };

// Bullets Word leaves behind when a list is pasted as text, and list numbering like "1." "a)".
const LEADING_MARKS = /^(?:[-–—•·∙◦▪▫■□●○◆◇►▸➢➤✓✔*+]\s*|\(?(?:\d{1,3}|[a-zđ])[.)]\s+)+/iu;
const HEADING = /^(?:kính\s+gửi|nơi\s+nhận)\s*:?\s*/iu;

/** Splits pasted text into unit names: bullets, "Kính gửi:"/"Nơi nhận:" and trailing , ; . removed. */
export function parseUnitLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r\n?|\n|\u2028/)
    .map((line) =>
      line
        .replace(/[\t\u00a0]+/g, ' ')
        .trim()
        .replace(HEADING, '')
        .replace(LEADING_MARKS, '')
        .replace(/[\s,;.]+$/u, '')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    )
    .filter((line) => line.length > 0 && line.length <= 300);
}
