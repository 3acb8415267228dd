// Template data validation: typed placeholders → zod. Every string is cleaned first (NFC, control
// characters removed) so NFD input and stray control characters cannot reach a renderer.
import { z } from 'zod';
import { AppError } from '../errors';
import { cleanText } from '../text/normalize';
import { type FieldDef, type FieldType, type TemplateDef } from './types';

const TEXT_MAX = 2000;
const LONG_MAX = 20_000;
const LIST_MAX = 1000;

const text = (max = TEXT_MAX) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const contentEntrySchema = z.union([
  text(LONG_MAX),
  z.strictObject({ paragraph: text(LONG_MAX), indent: z.boolean().optional(), align: z.enum(['left', 'center', 'right', 'justify']).optional() }),
  z.strictObject({ heading: text(TEXT_MAX), label: text(20).optional(), level: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional() }),
  z.strictObject({ item: text(LONG_MAX), marker: text(20) }),
  z.strictObject({ separator: z.literal(true) }),
  z.strictObject({ pageBreak: z.literal(true) }),
]);
export type ContentEntry = z.infer<typeof contentEntrySchema>;

export const sectionSchema = z.strictObject({
  /** Heading text, e.g. "VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI …". */
  title: text(TEXT_MAX).min(1),
  /** Defaults to the Roman numeral of its position: "I.", "II." … */
  label: text(20).optional(),
  content: z.array(contentEntrySchema).max(LIST_MAX).default([]),
  /** true: a one-paragraph section ("III. Hội nghị cũng đã …"): only the label is bold. */
  plain: z.boolean().optional(),
});
export type Section = z.infer<typeof sectionSchema>;

export const citationSchema = z.strictObject({
  /** Loại văn bản as cited: "Công văn", "Hướng dẫn", "Kế hoạch" … */
  kind: text(100).min(1).default('Công văn'),
  /** "3080-CV/BTGTU" */
  symbol: text(100).min(1),
  date: isoDate,
  /** "Ban Tuyên giáo Thành ủy" */
  issuer: text(300).min(1),
  /** Trích yếu as cited after "về": "gửi tài liệu …" */
  subject: text(TEXT_MAX).min(1),
});
export type Citation = z.infer<typeof citationSchema>;

const footnotesSchema = z.record(z.string().regex(/^[A-Za-z0-9_-]{1,50}$/), text(LONG_MAX).min(1));

/** One row of a table field: a cell per column key ('' when left empty). */
function tableRowSchema(f: FieldDef): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const c of f.columns ?? []) shape[c.key] = text(LONG_MAX).default('');
  return z.strictObject(shape);
}

function fieldSchema(f: FieldDef): z.ZodType {
  const type: FieldType = f.type;
  switch (type) {
    case 'text': return text().min(1);
    case 'longText': return text(LONG_MAX).min(1);
    case 'table': return z.array(tableRowSchema(f)).min(1).max(LIST_MAX);
    case 'richText': return text(LONG_MAX).min(1);
    case 'date': return isoDate;
    case 'boolean': return z.boolean();
    case 'textList': return z.array(text().min(1)).min(1).max(LIST_MAX);
    case 'content': return z.array(contentEntrySchema).min(1).max(LIST_MAX);
    case 'sections': return z.array(sectionSchema).min(1).max(100);
    case 'citations': return z.array(citationSchema).min(1).max(20);
    case 'footnotes': return footnotesSchema;
  }
}

const officeSchema = z.strictObject({
  parentBody: text(300).default(''),
  issuer: text(300).min(1),
  issuerCode: text(50).min(1),
  place: text(100).min(1),
  /** How the office names itself in running text: "Ban Tuyên giáo Quận ủy". */
  shortName: text(300).default(''),
});

const signerSchema = z.strictObject({ authority: text(200).default(''), title: text(200).min(1), name: text(200).min(1) });

const formatOverrideSchema = z.strictObject({
  letterSubjectPrefix: z.enum(['', 'V/v', 'Về việc']).optional(),
  addresseePunctuation: z.strictObject({ itemEnd: z.enum([',', ';']).optional(), lastEnd: z.enum(['.', '']).optional() }).optional(),
  distributionPunctuation: z.strictObject({ itemEnd: z.enum([',', ';']).optional(), lastEnd: z.enum(['.', '']).optional() }).optional(),
  closingMark: z.boolean().optional(),
  signatureTitleBold: z.boolean().optional(),
}).optional();

/** Fields every template shares, with their Vietnamese labels. */
export const COMMON_FIELDS: Record<string, { label: string; schema: z.ZodType }> = {
  office: { label: 'Cơ quan ban hành', schema: officeSchema },
  number: { label: 'Số văn bản', schema: z.number().int().min(1).max(999_999).nullable().default(null) },
  date: { label: 'Ngày ban hành', schema: isoDate.nullable().default(null) },
  signer: { label: 'Người ký', schema: signerSchema.nullable().default(null) },
  addressees: { label: 'Kính gửi', schema: z.array(text(500).min(1)).max(LIST_MAX).default([]) },
  distribution: { label: 'Nơi nhận', schema: z.array(text(500).min(1)).max(LIST_MAX).default([]) },
  showHeader: { label: 'In phần đầu văn bản', schema: z.boolean().optional() },
  secrecy: { label: 'Độ mật', schema: text(50).optional() },
  urgency: { label: 'Độ khẩn', schema: text(50).optional() },
  format: { label: 'Tùy chọn thể thức', schema: formatOverrideSchema },
};

export type CommonData = {
  office: z.output<typeof officeSchema>;
  number: number | null;
  date: string | null;
  signer: z.output<typeof signerSchema> | null;
  addressees: string[];
  distribution: string[];
  /** undefined = the template's own setting. */
  showHeader?: boolean;
  secrecy?: string;
  urgency?: string;
  format?: z.output<typeof formatOverrideSchema>;
};
export type TemplateData = CommonData & Record<string, unknown>;

function dataSchema(t: TemplateDef): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(COMMON_FIELDS)) shape[k] = v.schema;
  for (const [k, f] of Object.entries(t.fields)) {
    const base = fieldSchema(f);
    shape[k] = f.default !== undefined ? base.default(f.default as never) : f.required ? base : base.optional();
  }
  return z.strictObject(shape);
}

/** Recursively NFC-normalises and strips control characters from every string. */
export function cleanDeep(v: unknown, depth = 0): unknown {
  if (depth > 20) return v;
  if (typeof v === 'string') return cleanText(v);
  if (Array.isArray(v)) return v.map((x) => cleanDeep(x, depth + 1));
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== '__proto__') out[k] = cleanDeep(x, depth + 1);
    return out;
  }
  return v;
}

function labelOf(t: TemplateDef, key: string): string {
  const f: FieldDef | undefined = t.fields[key];
  return f?.label ?? COMMON_FIELDS[key]?.label ?? key;
}

/**
 * Validates template data. On failure throws ONE AppError('VALIDATION') whose message names every
 * missing and every wrong field by its Vietnamese label; details say where exactly.
 */
export function validateData(t: TemplateDef, raw: unknown): TemplateData {
  const parsed = dataSchema(t).safeParse(cleanDeep(raw));
  if (parsed.success) return parsed.data as TemplateData;
  const missing = new Set<string>();
  const wrong = new Set<string>();
  const unknown = new Set<string>();
  const details: string[] = [];
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) unknown.add(k);
      continue;
    }
    const isMissing = issue.code === 'invalid_type' && issue.input === undefined;
    const isEmpty = issue.code === 'too_small' && issue.path.length === 1;
    (isMissing || isEmpty ? missing : wrong).add(labelOf(t, key));
    details.push(`${issue.path.join('.') || '(gốc)'}: ${issue.message}`);
  }
  for (const w of missing) wrong.delete(w);
  const parts: string[] = [];
  if (missing.size) parts.push(`thiếu ${[...missing].join(', ')}`);
  if (wrong.size) parts.push(`sai giá trị ở ${[...wrong].join(', ')}`);
  if (unknown.size) parts.push(`có trường không thuộc mẫu: ${[...unknown].join(', ')}`);
  throw new AppError('VALIDATION', `Dữ liệu cho mẫu "${t.name}" chưa hợp lệ: ${parts.join('; ')}.`, details);
}
