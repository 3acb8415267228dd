// buildSpec: template + data + format profile → DocumentSpec. Pure; applies the wording rules of
// the profile (punctuation of lists, trích yếu prefix, "./.") so renderers only draw.
import { type Block, type DocumentSpec, type Run, documentSpecSchema } from '../document/spec';
import { AppError } from '../errors';
import { type FormatProfile, withSettings } from '../format';
import { formatDateWords } from '../text/dates';
import { modernTone, oldTone } from '../text/tone';
import { COMMON_FIELDS, type ContentEntry, type Section, type TemplateData, validateData } from './fields';
import { escapeMarkup, parseInline } from './inline';
import { type Directive, type FieldDef, type TemplateDef } from './types';

const ROMAN: readonly [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN) while (rest >= v) { out += s; rest -= v; }
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function lookup(path: string, scopes: readonly unknown[]): unknown {
  for (const scope of scopes) {
    if (path === '.') return scope;
    let cur: unknown = scope;
    let found = true;
    for (const key of path.split('.')) {
      if (cur && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) cur = (cur as Record<string, unknown>)[key];
      else { found = false; break; }
    }
    if (found) return cur;
  }
  return undefined;
}

/**
 * Plain "{{path}}" substitution. Dates (ISO strings) become "ngày 10 tháng 7 năm 2023"; with
 * `markup`, plain text values are escaped and richText fields (listed in `rich`) are not.
 */
function substitute(tpl: string, t: TemplateDef, scopes: readonly unknown[], markup: boolean): string {
  return tpl.replace(/\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g, (_m, path: string) => {
    const v = lookup(path, scopes);
    if (v === undefined || v === null) {
      const root = path.split('.')[0] ?? path;
      const known = root === '.' || root in t.fields || root in COMMON_FIELDS || scopes.length > 1;
      if (!known) throw new AppError('INTERNAL', `Mẫu "${t.name}" dùng trường không có: ${path}.`);
      return '';
    }
    let s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
    if (typeof v === 'string' && ISO_DATE.test(v)) s = formatDateWords(v);
    const isRich = t.fields[path]?.type === 'richText';
    return markup && !isRich ? escapeMarkup(s) : s;
  });
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === false || v === '' || (Array.isArray(v) && v.length === 0);

const paragraph = (runs: Run[], extra: { indent?: boolean; align?: 'left' | 'center' | 'right' | 'justify' } = {}): Block => ({ type: 'paragraph', runs, ...extra });

function contentBlocks(entries: readonly ContentEntry[]): Block[] {
  return entries.map((e): Block => {
    if (typeof e === 'string') return paragraph(parseInline(e));
    if ('paragraph' in e) return paragraph(parseInline(e.paragraph), { ...(e.indent === false ? { indent: false } : {}), ...(e.align ? { align: e.align } : {}) });
    if ('heading' in e) return { type: 'heading', level: e.level ?? 2, label: e.label ?? '', runs: parseInline(e.heading) };
    if ('item' in e) return { type: 'listItem', marker: e.marker, runs: parseInline(e.item) };
    if ('separator' in e) return { type: 'separator' };
    return { type: 'pageBreak' };
  });
}

function sectionBlocks(sections: readonly Section[]): Block[] {
  return sections.flatMap((s, i): Block[] => {
    const label = s.label ?? `${toRoman(i + 1)}.`;
    const head: Block = s.plain
      ? paragraph([{ text: `${label} `, bold: true }, ...parseInline(s.title)])
      : { type: 'heading', level: 1, label, runs: parseInline(s.title) };
    return [head, ...contentBlocks(s.content)];
  });
}

/** Running numbers of the template's own sections (I., II.) and items (1., 2.; restart per section). */
type Counters = { section: number; item: number };

const MARKERS = { dash: '-', plus: '+' } as const;

/** A table field's rows as plain cell text, TT column first when the field is numbered. */
function tableRows(f: FieldDef, rows: readonly Record<string, string>[]): { head: string[]; body: string[][]; widths: number[]; aligns: (string | undefined)[] } {
  const cols = f.columns ?? [];
  const head = [...(f.numbered ? ['TT'] : []), ...cols.map((c) => c.label)];
  const body = rows.map((r, i) => [...(f.numbered ? [String(i + 1)] : []), ...cols.map((c) => r[c.key] ?? '')]);
  return { head, body, widths: [...(f.numbered ? [0.6] : []), ...cols.map((c) => c.width)], aligns: [...(f.numbered ? ['center'] : []), ...cols.map((c) => c.align)] };
}

function tableBlocks(f: FieldDef, rows: readonly Record<string, string>[]): Block[] {
  const t = tableRows(f, rows);
  // A content table (phân công, thành phần) is ruled; only the header and signature rows are borderless.
  const columns = t.widths.map((width, i) => ({ width, ...(t.aligns[i] ? { align: t.aligns[i] as 'left' | 'center' | 'right' | 'justify' } : {}) }));
  return [{ type: 'table', columns, header: [t.head], rows: t.body }];
}

function textParagraphs(src: string, d: { indent?: boolean; align?: 'left' | 'center' | 'right' | 'justify'; bold?: boolean; italic?: boolean }): Block[] {
  const extra = { ...(d.indent === false ? { indent: false } : {}), ...(d.align ? { align: d.align } : {}) };
  // A long text field puts one paragraph per line.
  return src.split(/\n+/).filter((line, i, all) => line.trim() !== '' || all.length === 1).map((line) => {
    const runs = parseInline(line.trim());
    return paragraph(d.bold || d.italic ? runs.map((r) => ({ ...r, ...(d.bold ? { bold: true } : {}), ...(d.italic ? { italic: true } : {}) })) : runs, extra);
  });
}

function directiveBlocks(d: Directive, t: TemplateDef, data: TemplateData, n: Counters): Block[] {
  if (d.if !== undefined && isEmpty(data[d.if])) return [];
  if ('each' in d) {
    const items = data[d.each];
    if (!Array.isArray(items)) return [];
    return items.map((item, i): Block => {
      const runs = parseInline(substitute(d.paragraph, t, [item, data], true));
      if (!d.marker) return paragraph(runs);
      return { type: 'listItem', marker: d.marker === 'number' ? `${i + 1}.` : MARKERS[d.marker], runs };
    });
  }
  if ('paragraph' in d) return textParagraphs(substitute(d.paragraph, t, [data], true), d);
  if ('section' in d) {
    n.section += 1;
    n.item = 0;
    return [{ type: 'heading', level: 1, label: `${toRoman(n.section)}.`, runs: parseInline(substitute(d.section, t, [data], true)) }];
  }
  if ('item' in d) {
    n.item += 1;
    const runs = parseInline(substitute(d.item, t, [data], true));
    return [d.heading ? { type: 'heading', level: 2, label: `${n.item}.`, runs } : { type: 'listItem', marker: `${n.item}.`, runs }];
  }
  if ('table' in d) {
    const f = t.fields[d.table];
    return f && Array.isArray(data[d.table]) ? tableBlocks(f, data[d.table] as Record<string, string>[]) : [];
  }
  if ('content' in d) return Array.isArray(data[d.content]) ? contentBlocks(data[d.content] as ContentEntry[]) : [];
  if ('sections' in d) return Array.isArray(data[d.sections]) ? sectionBlocks(data[d.sections] as Section[]) : [];
  return [{ type: 'separator' }];
}

/** Items of Kính gửi / Nơi nhận: trailing punctuation replaced by the profile's. */
export function punctuate(items: readonly string[], p: { itemEnd: string; lastEnd: string }): string[] {
  return items.map((raw, i) => raw.replace(/[\s,;.]+$/u, '') + (i === items.length - 1 ? p.lastEnd : p.itemEnd));
}

const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);

/** A công văn's trích yếu with the office's prefix: "Về việc gửi …", "V/v gửi …" or "Gửi …". */
export function letterSubject(subject: string, prefix: '' | 'V/v' | 'Về việc'): string {
  const s = subject.trim().replace(/^(v\/v|về việc)\s+/iu, '');
  return prefix ? `${prefix} ${lowerFirst(s)}` : upperFirst(s);
}

// Party "T/M", "K/T", "T/L", "T/U" ↔ State "TM.", "KT.", "TL.", "TUQ." (party-format.md §3).
const MARKS: readonly [string, string][] = [['T/M', 'TM.'], ['K/T', 'KT.'], ['T/L', 'TL.'], ['T/U', 'TUQ.']];

/** The signing authority with the profile's marks: "T/M BAN THƯỜNG VỤ" ↔ "TM. BAN THƯỜNG VỤ". */
export function signingMark(authority: string, style: 'party' | 'state'): string {
  const a = authority.trim();
  for (const [party, state] of MARKS) {
    const [from, to] = style === 'state' ? [party, state] : [state, party];
    if (a.toUpperCase().startsWith(from)) return `${to}${a.slice(from.length).replace(/^\s*/, ' ')}`.trimEnd();
  }
  return a;
}

/** Appends "./." to the last text block (after its final full stop, if any). */
function addClosingMark(blocks: Block[], mark: string): void {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const b = blocks[i]!;
    if (b.type !== 'paragraph' && b.type !== 'listItem') continue;
    const last = [...b.runs].reverse().find((r) => r.text.trim() !== '');
    if (!last) continue;
    last.text = last.text.replace(/\s+$/u, '');
    last.text = last.text.endsWith('.') && mark.startsWith('.') ? last.text + mark.slice(1) : last.text + mark;
    return;
  }
}

/** Header names as typed, or with the office's chosen tone-mark placement ("UỶ" / "ỦY"). */
const tones = (s: string, how: 'keep' | 'old' | 'new' | undefined) => (how === 'new' ? modernTone(s) : how === 'old' ? oldTone(s) : s);

export function buildSpec(t: TemplateDef, rawData: unknown, baseProfile: FormatProfile): DocumentSpec {
  const data = validateData(t, rawData);
  const profile = data.format ? withSettings(baseProfile, data.format) : baseProfile;
  const st = profile.settings;
  const counters: Counters = { section: 0, item: 0 };
  const body = t.body.flatMap((d) => directiveBlocks(d, t, data, counters));
  if (t.closing.trim()) body.push(...textParagraphs(substitute(t.closing, t, [data], true), {}));
  if (st.closingMark && t.closingMark) addClosingMark(body, profile.texts.closingMark);

  const footField = Object.entries(t.fields).find(([, f]) => f.type === 'footnotes')?.[0];
  const notes = footField ? ((data[footField] as Record<string, string> | undefined) ?? {}) : {};

  const rawSubject = substitute(t.subject, t, [data], false).trim();
  const subject = t.kind === 'cong-van' ? letterSubject(rawSubject, st.letterSubjectPrefix) : rawSubject;
  const symbol = `${data.number ?? ''}-${t.typeCode}/${data.office.issuerCode}`;
  const spec: DocumentSpec = {
    kind: t.kind,
    showHeader: data.showHeader ?? t.showHeader,
    header: {
      parentBody: tones(data.office.parentBody, st.nameTones),
      issuer: tones(data.office.issuer, st.nameTones),
      number: { serial: data.number, typeCode: t.typeCode, issuerCode: data.office.issuerCode },
      place: data.office.place,
      date: data.date,
    },
    title: t.title === null ? null : substitute(t.title, t, [data], false).trim() || null,
    subject,
    addressees: t.kind === 'cong-van' ? punctuate(data.addressees, st.addresseePunctuation) : [],
    body,
    footnotes: Object.entries(notes).map(([id, text]) => ({ id, runs: parseInline(text) })),
    signature: data.signer ? { authority: signingMark(data.signer.authority, st.signingMarks), title: data.signer.title, name: data.signer.name } : null,
    distribution: punctuate(data.distribution, st.distributionPunctuation),
    marks: { ...(data.secrecy ? { secrecy: data.secrecy } : {}), ...(data.urgency ? { urgency: data.urgency } : {}) },
    metadata: { title: subject.replace(/\s*\n\s*/g, ' '), author: data.office.issuer.replace(/\s*\n\s*/g, ' '), subject: `${t.name} ${symbol}`.trim(), keywords: symbol },
  };
  const checked = documentSpecSchema.safeParse(spec);
  if (!checked.success) throw new AppError('VALIDATION', 'Văn bản tạo từ mẫu không hợp lệ (quá dài hoặc quá nhiều mục).', checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return checked.data;
}

