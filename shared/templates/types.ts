// Templates are data (templates/*.json), validated by templateDefSchema. A template names typed
// fields and lays out the body with a few directives; text is plain "{{field}}" substitution —
// nothing in a template is ever executed.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../document/spec';

export const FIELD_TYPES = ['text', 'richText', 'date', 'boolean', 'textList', 'content', 'sections', 'citations', 'footnotes'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const fieldDefSchema = z.strictObject({
  type: z.enum(FIELD_TYPES),
  /** Vietnamese label, used in forms and in error messages. */
  label: z.string().min(1).max(200),
  required: z.boolean().default(true),
  help: z.string().max(1000).optional(),
  default: z.unknown().optional(),
});
export type FieldDef = z.infer<typeof fieldDefSchema>;

const cond = z.string().max(100).optional();

export const directiveSchema = z.union([
  /** One paragraph of text with placeholders; skipped when `if` names an empty field. */
  z.strictObject({ paragraph: z.string().max(5000), if: cond, indent: z.boolean().optional() }),
  /** One paragraph per element of a list field (textList or citations); `{{prop}}` reads the element. */
  z.strictObject({ each: z.string().max(100), paragraph: z.string().max(5000), if: cond }),
  /** The blocks of a `content` field. */
  z.strictObject({ content: z.string().max(100), if: cond }),
  /** The sections of a `sections` field: "I. TITLE" headings with their content. */
  z.strictObject({ sections: z.string().max(100), if: cond }),
  /** The centred "* * *". */
  z.strictObject({ separator: z.literal(true), if: cond }),
]);
export type Directive = z.infer<typeof directiveSchema>;

export const templateDefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,50}$/),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  kind: z.enum(DOCUMENT_KINDS),
  /** Document-type code in the number ("CV", "TB"). */
  typeCode: z.string().min(1).max(20),
  /** Tên loại line(s) with placeholders; null for a công văn. */
  title: z.string().max(500).nullable(),
  /** Trích yếu with placeholders; a công văn's gets the office's prefix setting. */
  subject: z.string().max(2000),
  fields: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,49}$/), fieldDefSchema),
  body: z.array(directiveSchema).max(200),
  /** Whether the profile's closing mark "./." may be appended to the last paragraph. */
  closingMark: z.boolean().default(true),
});
export type TemplateDef = z.infer<typeof templateDefSchema>;
export type TemplateDefInput = z.input<typeof templateDefSchema>;
