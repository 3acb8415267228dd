// Template engine: templates are data (templates/*.json), data is validated with zod, and
// buildSpec turns both into a DocumentSpec. No template code is executed.
export * from './types';
export { buildSpec, punctuate, letterSubject, toRoman, signingMark } from './build';
export { parseInline, runsText } from './inline';
export { parseTemplate, parseTemplateJson, TEMPLATE_MAX_BYTES } from './parse';
export { lintTemplate } from './lint';
export { sampleData, SAMPLE_OFFICE, SAMPLE_SIGNER } from './sample';
export { addField, removeField, moveField, fieldKeyFor, insertPlaceholder, withTypeCode } from './edit';
export { prefillForwardingLetter } from './prefill';

