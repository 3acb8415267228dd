import { z } from 'zod';
import type { RichReport } from '../report/types';
import { defineChannel } from './define';

const sourceText = z.strictObject({ name: z.string().max(300).optional(), text: z.string().min(1).max(2_000_000) });

export const reportContract = {
  /** Facts (with confidence and sources) and a Thông báo nhanh draft from 1–20 source texts. */
  'report:draft': defineChannel(z.strictObject({ texts: z.array(sourceText).min(1).max(20) })).returns<RichReport>(),
} as const;
