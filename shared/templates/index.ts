// Template engine: templates are data (templates/*.json), data is validated with zod, and
// buildSpec turns both into a DocumentSpec. No template code is executed.
export * from './types';
export { validateData, cleanDeep, COMMON_FIELDS, type TemplateData, type ContentEntry, type Section, type Citation } from './fields';
export { buildSpec, punctuate, letterSubject, toRoman } from './build';
export { parseInline, escapeMarkup, runsText } from './inline';
export { prefillForwardingLetter, type IncomingRef, type OfficeForPrefill } from './prefill';

import { AppError } from '../errors';
import { type TemplateDef, templateDefSchema } from './types';

/** Validates a template definition read from templates/*.json. */
export function parseTemplate(raw: unknown, source = 'mẫu'): TemplateDef {
  const r = templateDefSchema.safeParse(raw);
  if (!r.success) throw new AppError('VALIDATION', `Tệp ${source} không phải mẫu văn bản hợp lệ.`, r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return r.data;
}
