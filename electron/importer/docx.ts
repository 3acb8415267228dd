// DOCX → plain text in reading order.
//
// Why the document XML (fflate + xml.ts) rather than mammoth: mammoth converts to HTML row by row,
// so a two-column header table comes out interleaved (left cell, right cell, next row…) and
// footnotes become end-of-document links; it also inflates every part with no size checks.
// Reading word/document.xml ourselves lets us (1) read layout tables column by column — the whole
// left column (cấp trên, cơ quan, *, Số, trích yếu) then the right (ĐẢNG CỘNG SẢN VIỆT NAM,
// địa danh – ngày) — which is the order the parser expects, (2) place footnotes after the body,
// (3) inflate only the parts we need, after checking declared sizes (zip.ts), and (4) stay fast.
import { LIMITS, importErrors } from './errors';
import { toSuperscript } from './pdf';
import { childNodes, isNode, parseXml, type XmlNode } from './xml';
import { readCentralDirectory, readEntry } from './zip';

type Numbering = Map<string, Map<string, { fmt: string; text: string }>>;

function readNumbering(xml: string | null): Numbering {
  const out: Numbering = new Map();
  if (!xml) return out;
  const root = parseXml(xml);
  const doc = childNodes(root)[0];
  if (!doc) return out;
  const abstract = new Map<string, Map<string, { fmt: string; text: string }>>();
  for (const a of childNodes(doc, 'w:abstractNum')) {
    const lv = new Map<string, { fmt: string; text: string }>();
    for (const l of childNodes(a, 'w:lvl')) {
      const fmt = childNodes(l, 'w:numFmt')[0]?.attrs['w:val'] ?? 'bullet';
      const text = childNodes(l, 'w:lvlText')[0]?.attrs['w:val'] ?? '';
      lv.set(l.attrs['w:ilvl'] ?? '0', { fmt, text });
    }
    abstract.set(a.attrs['w:abstractNumId'] ?? '', lv);
  }
  for (const n of childNodes(doc, 'w:num')) {
    const ref = childNodes(n, 'w:abstractNumId')[0]?.attrs['w:val'];
    const lv = ref !== undefined ? abstract.get(ref) : undefined;
    if (lv) out.set(n.attrs['w:numId'] ?? '', lv);
  }
  return out;
}

class Walker {
  lines: string[] = [];
  private counters = new Map<string, number>();
  /** Footnotes are shown numbered in order of first reference, as Word displays them. */
  constructor(
    private numbering: Numbering,
    readonly noteNumbers = new Map<string, number>(),
  ) {}

  block(n: XmlNode) {
    for (const c of n.children) {
      if (!isNode(c)) continue;
      if (c.name === 'w:p') this.paragraph(c);
      else if (c.name === 'w:tbl') this.table(c);
      else if (c.name === 'w:sdt' || c.name === 'w:sdtContent' || c.name === 'w:customXml' || c.name === 'w:body' || c.name === 'w:txbxContent') this.block(c);
    }
  }

  private listPrefix(p: XmlNode): string {
    const numPr = childNodes(p, 'w:pPr')[0] && childNodes(childNodes(p, 'w:pPr')[0]!, 'w:numPr')[0];
    if (!numPr) return '';
    const id = childNodes(numPr, 'w:numId')[0]?.attrs['w:val'] ?? '';
    const lvl = childNodes(numPr, 'w:ilvl')[0]?.attrs['w:val'] ?? '0';
    const def = this.numbering.get(id)?.get(lvl);
    if (!def || id === '0') return '';
    if (def.fmt === 'bullet' || def.fmt === 'none') return def.fmt === 'none' ? '' : '- ';
    const key = `${id}:${lvl}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    const value = def.fmt === 'lowerLetter' ? String.fromCharCode(96 + n) : def.fmt === 'upperRoman' ? toRoman(n) : String(n);
    return def.text.replace(/%\d/g, value) + ' ';
  }

  paragraph(p: XmlNode) {
    let text = '';
    const nested: XmlNode[] = [];
    const walk = (n: XmlNode) => {
      for (const c of n.children) {
        if (!isNode(c)) continue;
        switch (c.name) {
          case 'w:t':
            text += c.children.filter((x): x is string => typeof x === 'string').join('');
            break;
          case 'w:tab':
          case 'w:ptab':
            text += ' ';
            break;
          case 'w:br':
          case 'w:cr':
            text += '\n';
            break;
          case 'w:noBreakHyphen':
            text += '-';
            break;
          case 'w:footnoteReference':
          case 'w:endnoteReference': {
            const id = `${c.name}:${c.attrs['w:id'] ?? ''}`;
            if (!this.noteNumbers.has(id)) this.noteNumbers.set(id, this.noteNumbers.size + 1);
            text += toSuperscript(String(this.noteNumbers.get(id)));
            break;
          }
          case 'w:delText':
          case 'w:instrText':
          case 'w:pPr':
          case 'w:rPr':
          case 'mc:Fallback':
            break;
          case 'w:txbxContent':
            nested.push(c);
            break;
          case 'mc:AlternateContent': {
            const choice = childNodes(c)[0];
            if (choice) walk(choice);
            break;
          }
          default:
            walk(c);
        }
      }
    };
    walk(p);
    for (const t of nested) this.block(t);
    const prefix = this.listPrefix(p);
    for (const line of (prefix + text).split('\n')) this.lines.push(line);
  }

  /**
   * A layout table (2–3 columns, few rows: the header and the signature block) is read column by
   * column; a data table row by row with cells separated by " | ".
   */
  table(t: XmlNode) {
    const rows = childNodes(t, 'w:tr').map((r) => childNodes(r, 'w:tc'));
    const cols = Math.max(0, ...rows.map((r) => r.length));
    const layout = cols >= 2 && cols <= 3 && rows.length <= 10;
    if (layout) {
      for (let c = 0; c < cols; c++) for (const r of rows) if (r[c]) this.block(r[c]!);
      return;
    }
    for (const r of rows) {
      const cells = r.map((cell) => {
        const w = new Walker(this.numbering);
        w.block(cell);
        return w.lines.filter(Boolean).join(' ');
      });
      this.lines.push(cells.join(' | '));
    }
  }
}

function toRoman(n: number): string {
  const t: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of t) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

function notes(xml: string | null, tag: 'w:footnote' | 'w:endnote', numbering: Numbering, numbers: Map<string, number>): string[] {
  if (!xml) return [];
  const doc = childNodes(parseXml(xml))[0];
  if (!doc) return [];
  const out: string[] = [];
  for (const n of childNodes(doc, tag)) {
    if (n.attrs['w:type'] && n.attrs['w:type'] !== 'normal') continue; // separators
    const w = new Walker(numbering);
    w.block(n);
    const body = w.lines.join(' ').replace(/\s+/g, ' ').trim();
    const shown = numbers.get(`${tag}Reference:${n.attrs['w:id'] ?? ''}`);
    if (body) out.push(`${shown ? toSuperscript(String(shown)) : ''} ${body}`.trim());
  }
  return out;
}

/** The text of a DOCX (bytes already size-checked by the caller). */
export function docxToText(bytes: Uint8Array): string {
  const entries = readCentralDirectory(bytes);
  const doc = entries.get('word/document.xml');
  if (!doc || !entries.has('[Content_Types].xml')) throw importErrors.notDocx();
  const decoder = new TextDecoder('utf-8');
  const part = (name: string) => {
    const e = entries.get(name);
    return e && e.usize <= LIMITS.maxPartBytes ? decoder.decode(readEntry(bytes, e)) : null;
  };
  const xml = decoder.decode(readEntry(bytes, doc));
  const numbering = readNumbering(part('word/numbering.xml'));
  const root = parseXml(xml);
  const body = root.children.filter(isNode).flatMap((d) => childNodes(d, 'w:body'))[0];
  if (!body) throw importErrors.notDocx();
  const w = new Walker(numbering);
  w.block(body);
  const foot = [...notes(part('word/footnotes.xml'), 'w:footnote', numbering, w.noteNumbers), ...notes(part('word/endnotes.xml'), 'w:endnote', numbering, w.noteNumbers)];
  return [...w.lines, ...(foot.length ? ['', ...foot] : [])].map((l) => l.replace(/\s+/g, ' ').trim()).join('\n');
}
