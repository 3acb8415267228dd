import { z } from 'zod';
import { CONFERENCE_KINDS, type RichReport } from '../report/types';
import { defineChannel } from './define';

const sourceText = z.strictObject({ name: z.string().max(300).optional(), text: z.string().min(1).max(2_000_000) });
const person = z.strictObject({ name: z.string().trim().max(200), title: z.string().trim().max(500).nullable() });

/** Facts the clerk corrected in the facts panel ('' clears a text fact). */
export const factCorrectionsSchema = z.strictObject({
  body: z.string().trim().max(300).optional(),
  kind: z.enum(CONFERENCE_KINDS).optional(),
  ordinal: z.number().int().min(1).max(200).optional(),
  term: z.string().trim().max(200).optional(),
  startDate: z.union([z.iso.date(), z.literal('')]).optional(),
  endDate: z.union([z.iso.date(), z.literal('')]).optional(),
  place: z.string().trim().max(300).optional(),
  chairs: z.array(person).max(20).optional(),
});

export const reportContract = {
  /**
   * Facts (with confidence, sources and, when inferred, evidence and reason) and a Thông báo nhanh draft
   * from 1–20 source texts. `publishedDate` is the clerk's "Ngày đăng bài"; `corrections` rebuild the draft.
   * The office profile in force supplies the fallback place of a body named only by its level.
   */
  'report:draft': defineChannel(
    z.strictObject({
      texts: z.array(sourceText).min(1).max(20),
      publishedDate: z.iso.date().nullable().optional(),
      corrections: factCorrectionsSchema.optional(),
    }),
  ).returns<RichReport>(),
} as const;
