import { z } from 'zod';
import { officeProfileInputSchema, startTermSchema, type OfficeProfile, type SAMPLE_PROFILES } from '../domain/profile';
import { defineChannel } from './define';

export const profileContract = {
  /** The office profile valid on a date (default: today), or null before first-run setup. */
  'profile:get': defineChannel(z.strictObject({ date: z.iso.date().optional() })).returns<OfficeProfile | null>(),
  'profile:save': defineChannel(officeProfileInputSchema).returns<OfficeProfile>(),
  'profile:samples': defineChannel(z.strictObject({})).returns<typeof SAMPLE_PROFILES>(),
  /** Every saved version of the profile, newest first. */
  'profile:history': defineChannel(z.strictObject({})).returns<OfficeProfile[]>(),
  /** "Bắt đầu nhiệm kỳ mới": closes the open term and adds a new one (numbering restarts from 01). */
  'profile:startTerm': defineChannel(startTermSchema).returns<OfficeProfile>(),
} as const;
