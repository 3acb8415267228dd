// Checks a template beyond its shape, with one Vietnamese sentence per problem: placeholders that
// name no field, fields nobody uses, required fields that never reach the document, a missing tên
// loại, forbidden names, and paths/URLs where a template has no business holding one. Used for the
// built-in files, the office's saved templates and imported files alike.
import { docTypeName } from '../numbering/types';
import { COMMON_FIELDS } from './fields';
import { type Directive, FIELD_KEY, type FieldDef, type TemplateDef } from './types';

/** Names that would reach Object.prototype or shadow the common fields. */
export const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', ...Object.keys(COMMON_FIELDS)]);

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const PATH_SYNTAX = /^\s*([A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*|\.)\s*$/;

/** "{{ a.b }}" → "a.b", in order; malformed ones are returned as written (lint reports them). */
export function placeholders(s: string): string[] {
  return [...s.matchAll(PLACEHOLDER)].map((m) => m[1]!.trim());
}

/** Properties each element of a list field offers to `each` paragraphs. */
function itemProps(f: FieldDef | undefined): Set<string> | null {
  if (!f) return null;
  if (f.type === 'textList') return new Set(['.']);
  if (f.type === 'citations') return new Set(['kind', 'symbol', 'date', 'issuer', 'subject']);
  if (f.type === 'table') return new Set((f.columns ?? []).map((c) => c.key));
  return null;
}

const COMMON_PROPS: Record<string, Set<string>> = {
  office: new Set(['parentBody', 'issuer', 'issuerCode', 'place', 'shortName']),
  signer: new Set(['authority', 'title', 'name']),
};

// A file path or a link: "C:\…", "\\server", "/etc/…", "../", "~/", "file:", "http://", "www.".
const PATH_RE = /(^|[\s"'(])([A-Za-z]:[\\/]|\\\\|~\/|\.\.[\\/])|(^|[\s"'(])\/[\w.-]+\/[\w.-]+|\bfile:/iu;
const URL_RE = /\b[a-z][a-z0-9+.-]{1,20}:\/\/|\bwww\.[a-z0-9-]+\.|\bjavascript:|<\s*script/iu;

/** Places where a link may legitimately appear (a paragraph may tell units to visit a website). */
const URL_ALLOWED = /^(body\.\d+\.(paragraph|item)|fields\.[^.]+\.help|description)$/;

function walkStrings(v: unknown, at: string, out: [string, string][], depth = 0): void {
  if (depth > 12) return;
  if (typeof v === 'string') out.push([at, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => walkStrings(x, at ? `${at}.${i}` : String(i), out, depth + 1));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walkStrings(x, at ? `${at}.${k}` : k, out, depth + 1);
}

/** Paths and links in the values of a raw object (before or after parsing). */
export function pathProblems(raw: unknown): string[] {
  const strings: [string, string][] = [];
  walkStrings(raw, '', strings);
  const out: string[] = [];
  for (const [at, s] of strings) {
    if (PATH_RE.test(s)) out.push(`giá trị ở ${at} chứa đường dẫn tệp — mẫu văn bản không được chứa đường dẫn`);
    else if (URL_RE.test(s) && !URL_ALLOWED.test(at)) out.push(`giá trị ở ${at} chứa địa chỉ liên kết hoặc mã — chỉ nội dung đoạn văn được chứa địa chỉ trang web`);
  }
  return out;
}

type Use = { shown: Set<string>; conds: Set<string> };

function directiveTarget(d: Directive): { name: string; want: readonly string[]; what: string } | null {
  if ('each' in d) return { name: d.each, want: ['textList', 'citations', 'table'], what: 'danh sách' };
  if ('content' in d) return { name: d.content, want: ['content'], what: 'nội dung nhiều khối' };
  if ('sections' in d) return { name: d.sections, want: ['sections'], what: 'các phần I, II, III' };
  if ('table' in d) return { name: d.table, want: ['table'], what: 'bảng' };
  return null;
}

function directiveTexts(d: Directive): string[] {
  if ('paragraph' in d) return [d.paragraph];
  if ('section' in d) return [d.section];
  if ('item' in d) return [d.item];
  return [];
}

/** Every problem of a parsed template, as Vietnamese phrases (empty = fine). */
export function lintTemplate(t: TemplateDef): string[] {
  const out: string[] = [];
  const label = (k: string) => `"${t.fields[k]?.label ?? k}"`;
  for (const [k, f] of Object.entries(t.fields)) {
    if (RESERVED_NAMES.has(k)) out.push(`tên trường "${k}" không được phép`);
    else if (!FIELD_KEY.test(k)) out.push(`tên trường "${k}" chỉ được gồm chữ cái không dấu và chữ số, bắt đầu bằng chữ cái`);
    if (f.type === 'table' && !f.columns?.length) out.push(`trường ${label(k)} là bảng nhưng chưa có cột`);
    if (f.type !== 'table' && f.columns) out.push(`trường ${label(k)} không phải bảng nên không có cột`);
  }
  if (Object.keys(t.fields).length > 60) out.push('mẫu có quá 60 trường');
  if (!docTypeName(t.typeCode)) out.push(`loại văn bản "${t.typeCode}" không có trong bảng loại văn bản`);
  const hasTitle = (t.title ?? '').trim() !== '';
  if (t.kind === 'cong-van') {
    if (t.typeCode !== 'CV') out.push('công văn phải dùng loại "CV"');
    if (hasTitle) out.push('công văn không có tên loại (để trống tên loại)');
  } else if (!hasTitle) out.push(`mẫu "${t.name}" cần tên loại, ví dụ "${(docTypeName(t.typeCode) ?? 'THÔNG BÁO').toLocaleUpperCase('vi')}"`);

  const use: Use = { shown: new Set(), conds: new Set() };
  const checkText = (s: string, where: string, item: Set<string> | null) => {
    for (const p of placeholders(s)) {
      if (!PATH_SYNTAX.test(p)) {
        out.push(`chỗ điền "{{${p}}}" ở ${where} viết sai`);
        continue;
      }
      const [root, prop] = p.split('.');
      if (item?.has(p) || item?.has(root!)) continue;
      if (root! in t.fields && Object.prototype.hasOwnProperty.call(t.fields, root!)) {
        use.shown.add(root!);
        continue;
      }
      const common = COMMON_PROPS[root!];
      if (Object.prototype.hasOwnProperty.call(COMMON_FIELDS, root!) && (prop === undefined || common?.has(prop))) continue;
      out.push(`chỗ điền "${p}" ở ${where} không phải trường nào của mẫu`);
    }
  };
  if (t.title) checkText(t.title, 'tên loại', null);
  checkText(t.subject, 'trích yếu', null);
  checkText(t.closing, 'lời kết', null);
  t.body.forEach((d, i) => {
    const where = `đoạn ${i + 1}`;
    if (d.if !== undefined) {
      if (Object.prototype.hasOwnProperty.call(t.fields, d.if)) use.conds.add(d.if);
      else if (!Object.prototype.hasOwnProperty.call(COMMON_FIELDS, d.if)) out.push(`điều kiện "${d.if}" ở ${where} không phải trường nào của mẫu`);
    }
    const target = directiveTarget(d);
    let item: Set<string> | null = null;
    if (target) {
      const f = Object.prototype.hasOwnProperty.call(t.fields, target.name) ? t.fields[target.name] : undefined;
      if (!f) out.push(`${where} dùng trường "${target.name}" không có trong mẫu`);
      else if (!target.want.includes(f.type)) out.push(`${where} cần một trường ${target.what}, nhưng ${label(target.name)} không phải`);
      else use.shown.add(target.name);
      if ('each' in d) item = itemProps(f);
    }
    for (const s of directiveTexts(d)) checkText(s, where, item);
  });
  for (const [k, f] of Object.entries(t.fields)) {
    if (f.type === 'footnotes') continue;
    const shown = use.shown.has(k);
    if (!shown && !use.conds.has(k)) out.push(`trường ${label(k)} không được dùng ở đâu trong mẫu`);
    else if (!shown && f.required && f.default === undefined && f.type !== 'boolean') out.push(`trường bắt buộc ${label(k)} không có trong nội dung văn bản`);
  }
  out.push(...pathProblems(t));
  return [...new Set(out)];
}
