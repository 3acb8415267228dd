// Pure edits of a template definition for the editor (renderer/stores/templatesStore): each returns
// a new definition, so the store stays a thin shell and the rules (field keys from labels, the
// kind a type code implies, placeholders inserted — never typed) are tested without a browser.
import { type DocumentKind } from '../document/spec';
import { docTypeName } from '../numbering/types';
import { RESERVED_NAMES } from './lint';
import { type Directive, type FieldDef, type FieldType, type TemplateDef } from './types';

/** The layout kind a type code implies (only 'cong-van' changes the layout; the others name the type). */
const KIND_OF: Record<string, DocumentKind> = { CV: 'cong-van', TB: 'thong-bao', KH: 'ke-hoach', BC: 'bao-cao', HD: 'huong-dan', TTr: 'to-trinh' };

/** A new type code: kind follows, a công văn loses its title, a titled type gets its name as title. */
export function withTypeCode(t: TemplateDef, typeCode: string): TemplateDef {
  const kind = KIND_OF[typeCode] ?? 'khac';
  const title = kind === 'cong-van' ? null : t.title?.trim() ? t.title : (docTypeName(typeCode) ?? '').toLocaleUpperCase('vi');
  return { ...t, typeCode, kind: t.kind === 'thong-bao-nhanh' && typeCode === 'TB' ? t.kind : kind, title };
}

/** "Địa điểm tổ chức" → "diaDiemToChuc", unique among the template's fields and never a reserved name. */
export function fieldKeyFor(label: string, taken: Iterable<string>): string {
  const words = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let key = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('').replace(/^[0-9]+/, '').slice(0, 40) || 'truong';
  const used = new Set(taken);
  if (RESERVED_NAMES.has(key)) key = `${key}Mau`;
  let out = key;
  for (let n = 2; used.has(out); n += 1) out = `${key}${n}`;
  return out;
}

export function addField(t: TemplateDef, label: string, type: FieldType): { template: TemplateDef; key: string } {
  const key = fieldKeyFor(label, Object.keys(t.fields));
  const def: FieldDef = { type, label: label.trim() || 'Trường mới', required: true, ...(type === 'table' ? { columns: [{ key: 'noiDung', label: 'Nội dung', width: 1 }] } : {}) };
  return { template: { ...t, fields: { ...t.fields, [key]: def } }, key };
}

/** Removes a field and every directive that only shows it (paragraphs keep their other text). */
export function removeField(t: TemplateDef, key: string): TemplateDef {
  const fields = Object.fromEntries(Object.entries(t.fields).filter(([k]) => k !== key));
  const re = new RegExp(`\\{\\{\\s*${key}(\\.[A-Za-z0-9]+)?\\s*\\}\\}`, 'g');
  const body = t.body
    .filter((d) => !(('each' in d && d.each === key) || ('content' in d && d.content === key) || ('sections' in d && d.sections === key) || ('table' in d && d.table === key)))
    .map((d) => {
      const { if: cond, ...rest } = d;
      const out = (cond === key ? rest : d) as Directive;
      if ('paragraph' in out) return { ...out, paragraph: out.paragraph.replace(re, '').replace(/\s{2,}/g, ' ') };
      if ('item' in out) return { ...out, item: out.item.replace(re, '') };
      if ('section' in out) return { ...out, section: out.section.replace(re, '') };
      return out;
    });
  return { ...t, fields, body, subject: t.subject.replace(re, ''), title: t.title === null ? null : t.title.replace(re, ''), closing: t.closing.replace(re, '') };
}

/** Moves a field one place up (-1) or down (+1); the form shows fields in this order. */
export function moveField(t: TemplateDef, key: string, by: -1 | 1): TemplateDef {
  const entries = Object.entries(t.fields);
  const i = entries.findIndex(([k]) => k === key);
  const j = i + by;
  if (i < 0 || j < 0 || j >= entries.length) return t;
  [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  return { ...t, fields: Object.fromEntries(entries) };
}

export function moveItem<T>(list: readonly T[], i: number, by: -1 | 1): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** Inserts "{{key}}" at the caret of a text (the editor's "Chèn trường"): returns the text and the new caret. */
export function insertPlaceholder(text: string, caret: number | null, key: string): { text: string; caret: number } {
  const at = caret === null ? text.length : Math.max(0, Math.min(caret, text.length));
  const before = text.slice(0, at);
  const token = `${before && !/\s$/.test(before) ? ' ' : ''}{{${key}}}`;
  return { text: before + token + text.slice(at), caret: at + token.length };
}
