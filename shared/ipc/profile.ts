import { z } from 'zod';
import { officeProfileInputSchema, type OfficeProfile, type SAMPLE_PROFILES } from '../domain/profile';
import { defineChannel } from './define';

export const profileContract = {
  /** The office profile valid on a date (default: today), or null before first-run setup. */
  'profile:get': defineChannel(z.strictObject({ date: z.iso.date().optional() })).returns<OfficeProfile | null>(),
  'profile:save': defineChannel(officeProfileInputSchema).returns<OfficeProfile>(),
  'profile:samples': defineChannel(z.strictObject({})).returns<typeof SAMPLE_PROFILES>(),
} as const;
