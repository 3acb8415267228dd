// "Thể thức" in Cài đặt: the office's dated choices on the UNCONFIRMED format rules, and a live sample.
import { z } from 'zod';
import { officeFormatSchema, type OfficeFormat } from '../format/office';
import { defineChannel } from './define';

export type FormatRecord = { id: number; validFrom: string; settings: OfficeFormat; basis: string; updatedAt: string };

export const formatContract = {
  /** Every dated version, newest first. */
  'format:list': defineChannel(z.strictObject({})).returns<FormatRecord[]>(),
  /** Saves the choices valid from a date (same date again = corrected in place). */
  'format:save': defineChannel(z.strictObject({ validFrom: z.iso.date(), settings: officeFormatSchema, basis: z.string().trim().max(500).default('') })).returns<FormatRecord>(),
  /** A sample document (công văn or kế hoạch) with these choices and the office profile, as PDF. */
  'format:sample': defineChannel(z.strictObject({ settings: officeFormatSchema, templateId: z.enum(['cong-van', 'ke-hoach']).default('cong-van') })).returns<{ dataBase64: string; pages: number }>(),
} as const;
