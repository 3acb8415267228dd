// Templates are data (templates/*.json and the office's own, stored in the database), validated by
// templateDefSchema and then by lintTemplate (shared/templates/lint.ts). A template names typed
// fields and lays out the body with a few directives; text is plain "{{field}}" substitution —
// nothing in a template is ever executed. Schema v2 (schemaVersion: 2) adds long text and table
// fields, numbered sections/items, the type's defaults (Kính gửi, Nơi nhận, closing, signer) and
// showHeader; v1 files (no schemaVersion) keep working unchanged.
import { z } from 'zod';
import { DOCUMENT_KINDS } from '../document/spec';

/**
 * Field kinds. v2 names for the editor: text = short text, longText = several paragraphs (one per
 * line), date, textList = list of items, citations = cited documents, table = table rows.
 * richText/boolean/content/sections/footnotes are the v1 kinds the Thông báo nhanh uses.
 */
export const FIELD_TYPES = ['text', 'longText', 'richText', 'date', 'boolean', 'textList', 'content', 'sections', 'citations', 'table', 'footnotes'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** A column of a table field: its key in a row, heading, relative width, alignment. */
export const tableColumnSchema = z.strictObject({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,29}$/),
  label: z.string().min(1).max(200),
  width: z.number().positive().max(100).default(1),
  align: z.enum(['left', 'center', 'right', 'justify']).optional(),
});

export const fieldDefSchema = z.strictObject({
  type: z.enum(FIELD_TYPES),
  /** Vietnamese label, used in forms and in error messages. */
  label: z.string().min(1).max(200),
  required: z.boolean().default(true),
  help: z.string().max(1000).optional(),
  default: z.unknown().optional(),
  /** table fields only: the columns ("TT" numbering is added by the renderer of the template). */
  columns: z.array(tableColumnSchema).min(1).max(12).optional(),
  /** table fields only: number the rows in a first "TT" column. */
  numbered: z.boolean().optional(),
});
export type FieldDef = z.infer<typeof fieldDefSchema>;

const cond = z.string().max(100).optional();
const align = z.enum(['left', 'center', 'right', 'justify']).optional();

export const directiveSchema = z.union([
  /** One paragraph of text with placeholders (one per line of a long text); skipped when `if` names an empty field. */
  z.strictObject({ paragraph: z.string().max(5000), if: cond, indent: z.boolean().optional(), align, bold: z.boolean().optional(), italic: z.boolean().optional() }),
  /** One paragraph per element of a list field (textList, citations, table); `{{prop}}` reads the element. `marker` makes numbered/dashed items. */
  z.strictObject({ each: z.string().max(100), paragraph: z.string().max(5000), if: cond, marker: z.enum(['number', 'dash', 'plus']).optional() }),
  /** The blocks of a `content` field. */
  z.strictObject({ content: z.string().max(100), if: cond }),
  /** The sections of a `sections` field: "I. TITLE" headings with their content. */
  z.strictObject({ sections: z.string().max(100), if: cond }),
  /** A section heading numbered I., II., III. in order of the template's sections. */
  z.strictObject({ section: z.string().min(1).max(500), if: cond }),
  /** A numbered item 1., 2. … (numbering restarts after each section); `heading` makes it a bold sub-heading. */
  z.strictObject({ item: z.string().max(5000), if: cond, heading: z.boolean().optional() }),
  /** The rows of a `table` field as a table, with the column labels as its title row. */
  z.strictObject({ table: z.string().max(100), if: cond }),
  /** The centred "* * *". */
  z.strictObject({ separator: z.literal(true), if: cond }),
]);
export type Directive = z.infer<typeof directiveSchema>;

/** A recipient in defaults: a directory group (by id) or a unit's name as written. */
export const recipientRefSchema = z.union([z.strictObject({ group: z.number().int().min(1) }), z.strictObject({ unit: z.string().max(500) })]);

export const templateDefaultsSchema = z.strictObject({
  /** Kính gửi (công văn). */
  addressees: z.array(recipientRefSchema).max(200).default([]),
  /** Nơi nhận ("Như trên", "Lưu VP" …). */
  distribution: z.array(recipientRefSchema).max(200).default([]),
  /** Index into the office profile's signers (0 = the first). */
  signerIndex: z.number().int().min(0).max(20).default(0),
});

export const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9]{0,49}$/;

export const templateDefSchema = z.strictObject({
  schemaVersion: z.union([z.literal(1), z.literal(2)]).optional(),
  id: z.string().regex(/^[a-z0-9-]{1,50}$/),
  name: z.string().min(1).max(200),
  description: z.string().max(2000).default(''),
  kind: z.enum(DOCUMENT_KINDS),
  /** Document-type code in the number ("CV", "TB"): shared/numbering/types.ts; decides the number series. */
  typeCode: z.string().min(1).max(20),
  /** Tên loại line(s) with placeholders; null for a công văn. */
  title: z.string().max(500).nullable(),
  /** Trích yếu with placeholders; a công văn's gets the office's prefix setting. */
  subject: z.string().max(2000),
  fields: z.record(z.string().max(60), fieldDefSchema),
  body: z.array(directiveSchema).max(200),
  /** Closing line after the body ("Trân trọng.", "Kính trình … xem xét, quyết định."); '' = none. */
  closing: z.string().max(1000).default(''),
  /** false = a tài liệu kèm theo: no header, no number (the data may still override). */
  showHeader: z.boolean().default(true),
  defaults: templateDefaultsSchema.optional(),
  /** Whether the profile's closing mark "./." may be appended to the last paragraph. */
  closingMark: z.boolean().default(true),
});
export type TemplateDef = z.infer<typeof templateDefSchema>;
export type TemplateDefInput = z.input<typeof templateDefSchema>;
