// The handling steps, zod-free: the register and the detail screen read them on the first screen,
// which must not load zod (test/renderer/startup-bundle.test.ts).
import type { IncomingStatus } from './incoming';

export const HANDLING_STEPS = ['moi', 'da-trinh', 'dang-xu-ly', 'da-xu-ly'] as const;
export type HandlingStep = (typeof HANDLING_STEPS)[number];

/** The step of a record: "Đã trình" is status 'moi' with a presenting date. */
export const stepOf = (status: IncomingStatus, presentedAt: string | null): HandlingStep => (status === 'moi' && presentedAt ? 'da-trinh' : status);

/** The one next step; null at the end (closing is 'da-xu-ly', reopening is its own action). */
export function nextStep(step: HandlingStep): HandlingStep | null {
  const i = HANDLING_STEPS.indexOf(step);
  return HANDLING_STEPS[i + 1] ?? null;
}
