// DocumentSpec + FormatProfile → layout blocks, following the renderer README in
// shared/document/spec.ts so that the PDF matches the DOCX element by element. Every size, style,
// width and spacing comes from the profile.
import { type Block as SpecBlock, type DocumentSpec, type Run as SpecRun, type TableBlock, cellOf, footnoteNumbers } from '../../document/spec';
import { type FormatProfile, type TextStyle, applyCase, lineHeightPt, mmToPt, textWidthPt } from '../../format';
import { formatNumberLine } from '../../numbering/format';
import { formatPlaceDate } from '../../text/dates';
import { faceOf, type FontMetricsSet } from './fonts';
import { sanitize } from './layout/breaker';
import { type Align, type Block, type Paragraph, type ParaFormat, type Run, type RunStyle, type Table, type TableRows } from './layout/types';

type ParaOpts = Partial<Pick<ParaFormat, 'firstLine' | 'left' | 'right' | 'before' | 'after' | 'keepWithNext'>> & { align?: Align };

export type Composer = {
  profile: FormatProfile;
  metrics: FontMetricsSet;
};

export function runStyle(style: TextStyle, run: Partial<SpecRun> = {}): RunStyle {
  return {
    face: faceOf(style.bold || run.bold === true, style.italic || run.italic === true),
    size: style.size,
    underline: style.underline || run.underline === true,
  };
}

export function paragraph(profile: FormatProfile, style: TextStyle, runs: Run[], o: ParaOpts = {}): Paragraph {
  return {
    runs,
    format: {
      align: o.align ?? style.align,
      firstLine: o.firstLine ?? 0,
      left: o.left ?? 0,
      right: o.right ?? 0,
      spacing: { kind: 'exact', pt: lineHeightPt(profile, style) },
      before: o.before ?? 0,
      after: o.after ?? 0,
      keepWithNext: o.keepWithNext ?? false,
      widowControl: false,
    },
  };
}

/** A one-style paragraph; the style's caps are applied. */
export function styled(profile: FormatProfile, style: TextStyle, text: string, o: ParaOpts = {}): Paragraph {
  return paragraph(profile, style, [{ text: applyCase(text, style), style: runStyle(style) }], o);
}

/** Width of a one-style text's longest "\n"-separated line, in pt, measured with the PDF font. */
export function styledWidth(c: Composer, style: TextStyle, text: string): number {
  const rs = runStyle(style);
  const m = c.metrics[rs.face];
  return Math.max(0, ...applyCase(text, style).split('\n').map((l) => m.width(sanitize(l, m), rs.size)));
}

/**
 * The DOCX rule paragraph: empty, exactly ruleGapPt (≥ 1 pt) high, with a bottom border `width`
 * long centred in its column. A border adds its width to the paragraph's height.
 */
export function ruleParagraph(c: Composer, width: number, column: number): Paragraph {
  const side = Math.max(0, (column - width) / 2);
  const weight = c.profile.header.ruleWeightPt;
  const p = paragraph(c.profile, c.profile.elements.body, [], { left: side, right: side, after: weight });
  p.format.spacing = { kind: 'exact', pt: Math.max(1, c.profile.header.ruleGapPt) };
  p.ruleUnder = { thickness: weight, gap: 0, width };
  return p;
}

function specRuns(c: Composer, style: TextStyle, runs: SpecRun[], notes: Map<string, number>, footnotes: Map<string, Paragraph[]>): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    // Line breaks inside body runs are spaces, as in the DOCX.
    if (r.text) out.push({ text: applyCase(r.text.replace(/\n/g, ' '), style), style: runStyle(style, r) });
    if (r.footnote && notes.has(r.footnote)) {
      out.push({
        text: String(notes.get(r.footnote)),
        style: { ...runStyle(style), superscript: true, underline: false },
        footnote: footnotes.get(r.footnote) ?? [],
      });
    }
  }
  return out;
}

function footnoteParagraphs(c: Composer, spec: DocumentSpec, notes: Map<string, number>): Map<string, Paragraph[]> {
  const style = c.profile.elements.footnote;
  const out = new Map<string, Paragraph[]>();
  for (const fn of spec.footnotes) {
    const n = notes.get(fn.id);
    if (n === undefined) continue;
    // The mark takes the document's base size, as Word/LibreOffice give the DOCX footnote mark.
    const mark: RunStyle = { ...runStyle(style), size: c.profile.elements.body.size, superscript: true, underline: false };
    const runs: Run[] = [{ text: String(n), style: mark }, { text: ' ', style: runStyle(style) }];
    for (const r of fn.runs) runs.push({ text: r.text, style: runStyle(style, r) });
    out.set(fn.id, [paragraph(c.profile, style, runs)]);
  }
  return out;
}

/** Body blocks, in order, per the spec README. */
export function bodyBlocks(c: Composer, spec: DocumentSpec): Block[] {
  const { profile } = c;
  const el = profile.elements;
  const indent = mmToPt(profile.paragraph.firstLineIndentMm);
  const spacing = { before: profile.paragraph.spaceBeforePt, after: profile.paragraph.spaceAfterPt };
  const notes = footnoteNumbers(spec);
  const footnotes = footnoteParagraphs(c, spec, notes);
  const out: Block[] = [];
  let pageBreak = false;
  const push = (p: Paragraph) => {
    if (pageBreak) p.pageBreakBefore = true;
    pageBreak = false;
    out.push({ kind: 'paragraph', paragraph: p });
  };
  for (const b of spec.body as SpecBlock[]) {
    if (b.type === 'pageBreak') {
      pageBreak = true;
    } else if (b.type === 'table') {
      out.push({ kind: 'table', table: tableOf(c, b, pageBreak) });
      pageBreak = false;
    } else if (b.type === 'separator') {
      push(styled(profile, el.separator, profile.texts.separator, { ...spacing, align: 'center' }));
    } else if (b.type === 'paragraph') {
      const runs = specRuns(c, el.body, b.runs, notes, footnotes);
      push(paragraph(profile, el.body, runs, { ...spacing, firstLine: b.indent === false ? 0 : indent, align: b.align }));
    } else if (b.type === 'heading') {
      const style = b.level === 1 ? el.heading1 : b.level === 2 ? el.heading2 : el.heading3;
      const runs = specRuns(c, style, b.runs, notes, footnotes);
      if (b.label) runs.unshift({ text: `${applyCase(b.label, style)} `, style: runStyle(style) });
      push(paragraph(profile, style, runs, { ...spacing, firstLine: indent, keepWithNext: true }));
    } else {
      const runs = specRuns(c, el.body, b.runs, notes, footnotes);
      runs.unshift({ text: `${b.marker} `, style: runStyle(el.body) });
      push(paragraph(profile, el.body, runs, { ...spacing, firstLine: indent }));
    }
  }
  return out;
}

/** Grid line thickness and cell padding of table blocks (the DOCX uses the same). */
export const TABLE_GRID_PT = 0.5;
export const TABLE_PADDING_X_PT = 3;
export const TABLE_PADDING_Y_PT = 2;

/** A spec table block → a layout table, per the spec README (header rows repeated, rows kept whole). */
function tableOf(c: Composer, b: TableBlock, pageBreak: boolean): Table {
  const { profile } = c;
  const width = textWidthPt(profile);
  const sum = b.columns.reduce((a, col) => a + col.width, 0);
  const columns = b.columns.map((col) => (width * col.width) / sum);
  const base: TextStyle = { ...profile.elements.body, size: b.fontSize ?? profile.elements.body.size };
  const lineHeight = Math.round(base.size * profile.paragraph.lineHeightFactor * 20) / 20;
  const grid = b.borders !== false;
  // A register repeats dates, issuers and empty cells thousands of times: identical cells of one
  // column share their paragraphs, and the layout breaks each shared paragraph once.
  // The memo starts over past a few thousand entries, so memory stays bounded on a long register.
  let memo = new Map<string, Paragraph[]>();
  const cellParas = (cell: Parameters<typeof cellOf>[0], ci: number, head: boolean): Paragraph[] => {
    const v = cellOf(cell);
    const align = v.align ?? (head ? 'center' : (b.columns[ci]?.align ?? 'left'));
    const bold = head || v.bold === true;
    const key = `${ci}|${bold ? 1 : 0}${v.italic ? 1 : 0}|${align}|${v.text}`;
    let paras = memo.get(key);
    if (!paras) {
      const style: TextStyle = { ...base, bold, italic: v.italic === true };
      paras = v.text.split('\n').map((line) => {
        const p = styled(profile, style, line, { align });
        p.format.spacing = { kind: 'exact', pt: lineHeight };
        return p;
      });
      if (v.text.length <= 200) {
        if (memo.size >= 4096) memo = new Map();
        memo.set(key, paras);
      }
    }
    return paras;
  };
  const heads = b.header.length;
  // Rows are composed when the paginator reaches them (TableRows), never all at once.
  const rows: TableRows = {
    length: heads + b.rows.length,
    at: (i) => {
      const r = i < heads ? b.header[i] : b.rows[i - heads];
      return r && { cells: r.map((cell, ci) => cellParas(cell, ci, i < heads)) };
    },
  };
  return {
    columns,
    x: 0,
    padding: grid ? TABLE_PADDING_X_PT : 0,
    paddingY: grid ? TABLE_PADDING_Y_PT : 0,
    grid: grid ? TABLE_GRID_PT : undefined,
    headerRows: b.header.length,
    rows,
    before: pageBreak ? 0 : profile.paragraph.spaceBeforePt,
    after: 0,
    keepWithNext: false,
    cantSplit: true,
    pageBreakBefore: pageBreak,
  };
}

/** Kính gửi: one item → a centred line; several → "- item" paragraphs with the label on the first. */
export function addresseeBlocks(c: Composer, spec: DocumentSpec, before: number): Block[] {
  const { profile } = c;
  const label = profile.elements.addresseeLabel;
  const item = profile.elements.addresseeItem;
  if (spec.kind !== 'cong-van' || spec.addressees.length === 0) return [];
  if (spec.addressees.length === 1) {
    const runs: Run[] = [
      { text: applyCase('Kính gửi: ', label), style: runStyle(label) },
      { text: applyCase(spec.addressees[0]!, item), style: runStyle(item) },
    ];
    return [{ kind: 'paragraph', paragraph: paragraph(profile, item, runs, { align: 'center', before }) }];
  }
  const labelX = mmToPt(profile.addressees.labelIndentMm);
  const itemX = mmToPt(profile.addressees.itemIndentMm);
  const labelText = applyCase('Kính gửi:', label);
  const gap = Math.max(c.metrics[runStyle(label).face].width(' ', label.size), itemX - labelX - styledWidth(c, label, labelText));
  return spec.addressees.map((a, i): Block => {
    const runs: Run[] = [{ text: `- ${applyCase(a, item)}`, style: runStyle(item) }];
    if (i === 0) runs.unshift({ text: labelText, style: runStyle(label) }, { text: ' ', style: runStyle(label), width: gap });
    const p = paragraph(profile, item, runs, { left: itemX, firstLine: i === 0 ? labelX - itemX : 0, before: i === 0 ? before : 0, align: 'left' });
    return { kind: 'paragraph', paragraph: p };
  });
}

/** Title block of every kind but a công văn: tên loại, trích yếu, "-----". */
export function titleBlocks(c: Composer, spec: DocumentSpec, before: number): Block[] {
  const { profile } = c;
  const el = profile.elements;
  if (spec.kind === 'cong-van' || spec.title === null) return [];
  const out: Block[] = [{ kind: 'paragraph', paragraph: styled(profile, el.kindTitle, spec.title, { before, align: 'center', keepWithNext: true }) }];
  if (spec.subject.trim()) out.push({ kind: 'paragraph', paragraph: styled(profile, el.titleSubject, spec.subject, { align: 'center', keepWithNext: true }) });
  const sep = profile.settings.titleSeparatorText;
  if (sep) out.push({ kind: 'paragraph', paragraph: styled(profile, el.titleSeparator, sep, { align: 'center', keepWithNext: true }) });
  return out;
}

export function numberLine(spec: DocumentSpec, profile: FormatProfile): string {
  const n = spec.header.number;
  return formatNumberLine(profile.settings.numberStyle, n.serial, n.typeCode, n.issuerCode, profile.settings.numberColon);
}

export function placeDateLine(spec: DocumentSpec): string {
  return formatPlaceDate(spec.header.place, spec.header.date);
}

export { textWidthPt };
