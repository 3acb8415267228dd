// Template engine: templates are data (templates/*.json), data is validated with zod, and
// buildSpec turns both into a DocumentSpec. No template code is executed.
export * from './types';
export { validateData, cleanDeep, COMMON_FIELDS, type TemplateData, type ContentEntry, type Section, type Citation } from './fields';
export { buildSpec, punctuate, letterSubject, toRoman, signingMark } from './build';
export { parseInline, escapeMarkup, runsText } from './inline';
export { parseTemplate, parseTemplateJson, TEMPLATE_MAX_BYTES } from './parse';
export { lintTemplate, placeholders, pathProblems, RESERVED_NAMES } from './lint';
export { sampleData, SAMPLE_OFFICE, SAMPLE_SIGNER } from './sample';
export { addField, removeField, moveField, moveItem, fieldKeyFor, insertPlaceholder, withTypeCode } from './edit';
export { prefillForwardingLetter, type IncomingRef, type OfficeForPrefill } from './prefill';

