// Reading a template from untrusted input (a built-in file, the database, a file from another
// office): size limit, forbidden keys, shape (zod, unknown keys refused), then lintTemplate. Every
// problem goes into ONE AppError('VALIDATION') with a Vietnamese message; nothing is returned half-read.
import { type z } from 'zod';
import { AppError } from '../errors';
import { lintTemplate, RESERVED_NAMES } from './lint';
import { type TemplateDef, templateDefSchema } from './types';

/** A template file larger than this is refused before parsing (the largest built-in is ~6 KB). */
export const TEMPLATE_MAX_BYTES = 256 * 1024;

const OBJECT_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeys(v: unknown, at: string, out: string[], depth = 0): void {
  if (depth > 12) {
    out.push(`cấu trúc lồng quá sâu ở ${at || 'gốc'}`);
    return;
  }
  if (Array.isArray(v)) v.forEach((x, i) => forbiddenKeys(x, `${at}.${i}`, out, depth + 1));
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const here = at ? `${at}.${k}` : k;
      if (OBJECT_KEYS.has(k) || (at === 'fields' && RESERVED_NAMES.has(k))) out.push(`tên "${k}" không được phép (ở ${here})`);
      else forbiddenKeys(x, here, out, depth + 1);
    }
  }
}

const where = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'gốc');

/** zod issues in Vietnamese: unknown keys by name, everything else by where it is. */
function issueText(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys') return `khóa không thuộc mẫu văn bản: ${i.keys.join(', ')} (ở ${where(i.path)})`;
  if (i.code === 'invalid_type' && i.input === undefined) return `thiếu ${where(i.path)}`;
  if (i.code === 'too_big') return `${where(i.path)} quá dài hoặc quá nhiều mục`;
  if (i.code === 'too_small') return `${where(i.path)} không được để trống`;
  if (i.code === 'invalid_format') return `${where(i.path)} có ký tự không cho phép`;
  return `giá trị không hợp lệ ở ${where(i.path)}`;
}

function fail(source: string, problems: string[]): never {
  const shown = problems.slice(0, 8);
  const more = problems.length > shown.length ? `; và ${problems.length - shown.length} lỗi khác` : '';
  throw new AppError('VALIDATION', `${source} không phải mẫu văn bản hợp lệ: ${shown.join('; ')}${more}.`, problems);
}

/** Validates a template definition (already parsed JSON). `source` names it in the message: "Tệp ke-hoach.json". */
export function parseTemplate(raw: unknown, source = 'Mẫu'): TemplateDef {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(source, ['nội dung không phải một mẫu (cần một đối tượng JSON)']);
  const size = JSON.stringify(raw).length;
  if (size > TEMPLATE_MAX_BYTES) fail(source, [`quá lớn (${Math.round(size / 1024)} KB, tối đa ${TEMPLATE_MAX_BYTES / 1024} KB)`]);
  const keys: string[] = [];
  forbiddenKeys(raw, '', keys);
  if (keys.length) fail(source, keys);
  const r = templateDefSchema.safeParse(raw);
  if (!r.success) fail(source, [...new Set(r.error.issues.map(issueText))]);
  const problems = lintTemplate(r.data);
  if (problems.length) fail(source, problems);
  return r.data;
}

/** Reads a template from file text (an import): size first, then JSON, then parseTemplate. */
export function parseTemplateJson(text: string, source = 'Tệp mẫu'): TemplateDef {
  if (text.length > TEMPLATE_MAX_BYTES) fail(source, [`quá lớn (tối đa ${TEMPLATE_MAX_BYTES / 1024} KB)`]);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    fail(source, ['không đọc được JSON (tệp hỏng hoặc không phải tệp mẫu)']);
  }
  return parseTemplate(raw, source);
}
