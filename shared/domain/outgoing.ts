// Outgoing register (sổ văn bản đi) and its numbering series.
import { z } from 'zod';
import { termOn, type Term } from './profile';

export const SECRECY_LEVELS = ['', 'Mật', 'Tối mật', 'Tuyệt mật'] as const;
export const URGENCY_LEVELS = ['', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc'] as const;
export const OUTGOING_STATUSES = ['issued', 'void'] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];
export const OUTGOING_FILE_KINDS = ['docx', 'pdf'] as const;
export type OutgoingFileKind = (typeof OUTGOING_FILE_KINDS)[number];

/** A document-type abbreviation as written in the symbol: CV, KH, QĐ, CTr, CTHĐ... */
export const typeCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.normalize('NFC'))
  .pipe(z.string().regex(/^\p{L}{1,8}$/u, 'Ký hiệu loại văn bản chỉ gồm chữ cái (ví dụ CV, KH, QĐ).'));

/** What identifies the series a number comes from (used by peekNumber and counters:setNext). */
export const seriesInputSchema = z.strictObject({
  typeCode: typeCodeSchema,
  /** Document date (ISO); default today. Picks the profile, the term or the year. */
  date: z.iso.date().optional(),
  secret: z.boolean().default(false),
});
export type SeriesInput = z.output<typeof seriesInputSchema>;

export const issueInputSchema = z.strictObject({
  typeCode: typeCodeSchema,
  date: z.iso.date().optional(),
  subject: z.string().trim().min(1).max(2000),
  signerName: z.string().trim().max(200).default(''),
  signerTitle: z.string().trim().max(200).default(''),
  /** Kính gửi text, one addressee per line. */
  addressees: z.string().trim().max(20_000).default(''),
  /** Nơi nhận text, one line per item ("- Như trên,"). */
  distribution: z.string().trim().max(20_000).default(''),
  copies: z.number().int().min(0).max(100_000).default(1),
  secrecy: z.enum(SECRECY_LEVELS).default(''),
  urgency: z.enum(URGENCY_LEVELS).default(''),
  incomingId: z.number().int().positive().nullable().default(null),
  templateId: z.string().trim().min(1).max(100).nullable().default(null),
  /** Version of an office template (null = built-in / current). */
  templateVersion: z.number().int().positive().nullable().optional(),
  /** The template data (document body and fields) the files were rendered from. */
  templateData: z.record(z.string().max(50), z.unknown()).nullable().default(null),
  notes: z.string().trim().max(5000).default(''),
});
export type IssueInput = z.output<typeof issueInputSchema>;

export type OutgoingFileInfo = { kind: OutgoingFileKind; fileName: string; mime: string; size: number; sha256: string };

export type OutgoingSummary = {
  id: number;
  serial: number;
  typeCode: string;
  issuerCode: string;
  /** "66-CV/BTGQU" (Party) or "454/UBND-NCTH" (State). */
  symbol: string;
  /** The whole number line, "Số 66-CV/BTGQU". */
  numberLine: string;
  date: string;
  subject: string;
  signerName: string;
  addressees: string;
  copies: number;
  secrecy: string;
  urgency: string;
  status: OutgoingStatus;
  voidReason: string | null;
  incomingId: number | null;
};

export type OutgoingDocument = OutgoingSummary & {
  numberStyle: 'party' | 'state';
  signerTitle: string;
  distribution: string;
  templateId: string | null;
  templateVersion: number | null;
  templateData: Record<string, unknown> | null;
  profileId: number | null;
  notes: string;
  voidedAt: string | null;
  counterId: number;
  createdAt: string;
  updatedAt: string;
  files: OutgoingFileInfo[];
};

/** A numbering series and where it stands. */
export type NumberCounter = {
  id: number;
  issuerCode: string;
  /** '' when one series covers every type (State policy). */
  typeCode: string;
  period: string;
  periodLabel: string;
  policy: 'party' | 'state';
  secret: boolean;
  nextSerial: number;
  issuedCount: number;
  voidCount: number;
  lastSerial: number | null;
};

/** The next number of a series, previewed without reserving it. */
export type NumberPreview = {
  serial: number;
  symbol: string;
  numberLine: string;
  issuerCode: string;
  typeCode: string;
  period: string;
  periodLabel: string;
  secret: boolean;
  date: string;
};

export type SeriesKey = {
  issuerCode: string;
  typeCode: string;
  period: string;
  periodLabel: string;
  policy: 'party' | 'state';
  secret: boolean;
};

type ProfileForKey = { issuerCode: string; numberingPolicy: 'party' | 'state'; terms: readonly Term[] };

/**
 * The series a document falls in (party-format.md §2.2): Party = issuer × type × term of the cấp ủy;
 * State = issuer × calendar year, all types together. Secret documents always get their own series.
 * Returns a Vietnamese problem instead when the date lies outside every declared term.
 */
export function seriesKeyFor(profile: ProfileForKey, typeCode: string, date: string, secret: boolean): SeriesKey | { problem: string } {
  const suffix = secret ? ' (văn bản mật)' : '';
  if (profile.numberingPolicy === 'state') {
    const year = date.slice(0, 4);
    return { issuerCode: profile.issuerCode, typeCode: '', period: `year:${year}`, periodLabel: `Năm ${year}${suffix}`, policy: 'state', secret };
  }
  const term = termOn(profile.terms, date);
  if (!term) {
    return {
      problem: `Ngày ${date.split('-').reverse().join('/')} không thuộc nhiệm kỳ nào của cấp ủy trong hồ sơ cơ quan. Hãy khai báo nhiệm kỳ (hoặc "Bắt đầu nhiệm kỳ mới") trước khi cấp số.`,
    };
  }
  const label = `Khóa ${term.name}${term.label ? `, ${term.label}` : ''}`;
  return { issuerCode: profile.issuerCode, typeCode, period: `term:${term.start}`, periodLabel: `${label}${suffix}`, policy: 'party', secret };
}
