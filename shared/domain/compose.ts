// The document being composed (a draft): the clerk's choices and field values, never copies of the
// office profile — main assembles the document from these and the profile valid on the draft's date,
// the same way for the preview and for issuing (issue 11). Stored as drafts (versioned), sent as a
// typed record over IPC.
import { z } from 'zod';
import type { FactCorrections, RichFacts, SourceRef } from '../report/types';
import { SECRECY_LEVELS, URGENCY_LEVELS } from './outgoing';

export const DRAFT_VERSION = 2;

const id = z.number().int().positive();
const line = z.string().max(500);

export const composeDraftSchema = z.strictObject({
  version: z.literal(DRAFT_VERSION),
  templateId: z.string().trim().min(1).max(100),
  /** Office templates are versioned (issue 12); null = the built-in / latest version. */
  templateVersion: z.number().int().positive().nullable().default(null),
  incomingId: id.nullable().default(null),
  /** Ngày văn bản (ISO): picks the office profile (header, signer) and the number's series. */
  date: z.iso.date(),
  /** Index into the signers of the profile valid on `date`. */
  signerIndex: z.number().int().min(0).max(49).default(0),
  /** Kính gửi / Nơi nhận, one item per entry (empty entries are dropped when assembling). */
  addressees: z.array(line).max(500).default([]),
  distribution: z.array(line).max(500).default([]),
  copies: z.number().int().min(0).max(10_000).default(1),
  /** One value: picks the secret number series and prints the mark. */
  secrecy: z.enum(SECRECY_LEVELS).default(''),
  urgency: z.enum(URGENCY_LEVELS).default(''),
  /** The template's own fields (subject, citations, paragraphs, sections…), checked by the template. */
  fields: z.record(z.string().max(50), z.unknown()),
  /** Thông báo nhanh: where each paragraph comes from, keyed by its path ("opening.0", "sections.1.2"). */
  sources: z.record(z.string().max(50), z.array(z.custom<SourceRef>((v) => typeof v === 'object' && v !== null))).default({}),
  facts: z.custom<RichFacts | null>((v) => v === null || typeof v === 'object').default(null),
  /** Ngày đăng bài of the source articles, when the clerk gave it (resolves dates without a year). */
  publishedDate: z.iso.date().nullable().default(null),
  /** Thông báo nhanh: what report:draft was asked (sources, corrections so far), asked again on each correction. */
  report: z
    .strictObject({
      texts: z.array(z.strictObject({ name: z.string().max(300).optional(), text: z.string().max(2_000_000) })).max(20),
      publishedDate: z.iso.date().nullable(),
      corrections: z.custom<FactCorrections>((v) => typeof v === 'object' && v !== null),
    })
    .nullable()
    .default(null),
});
export type ComposeDraft = z.output<typeof composeDraftSchema>;

/** What kind of compose screen a template belongs to (drafts are listed by it). */
export const draftKindOf = (templateId: string): 'forwarding' | 'quickReport' | 'other' =>
  templateId === 'forwarding-letter' ? 'forwarding' : templateId === 'quick-report' ? 'quickReport' : 'other';

export const subjectOfDraft = (d: Pick<ComposeDraft, 'fields'>): string => {
  const s = d.fields.subject;
  return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
};

const OLD_LINES = (s: unknown) => (typeof s === 'string' ? s.split('\n').map((l) => l.trim()).filter(Boolean) : []);

/**
 * A draft saved by the first release (`{doc, facts}` with newline text for Kính gửi/Nơi nhận) becomes a
 * current one; anything else is refused by the caller with a message, never opened in the wrong shape.
 */
export function upgradeDraft(raw: unknown): ComposeDraft | null {
  const v2 = composeDraftSchema.safeParse(raw);
  if (v2.success) return v2.data;
  if (!raw || typeof raw !== 'object' || !('doc' in raw)) return null;
  const { doc, facts } = raw as { doc: Record<string, unknown>; facts?: unknown };
  if (!doc || typeof doc !== 'object') return null;
  const r = composeDraftSchema.safeParse({
    version: DRAFT_VERSION,
    templateId: doc.templateId,
    incomingId: doc.incomingId ?? null,
    date: doc.date,
    signerIndex: doc.signerIndex ?? 0,
    addressees: OLD_LINES(doc.addressees),
    distribution: OLD_LINES(doc.distribution),
    copies: doc.copies ?? 1,
    fields: doc.fields ?? {},
    sources: doc.sources ?? {},
    facts: facts ?? null,
  });
  return r.success ? r.data : null;
}
