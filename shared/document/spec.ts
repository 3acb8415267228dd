// DocumentSpec: one document, independent of DOCX or PDF. Built by shared/templates (buildSpec),
// drawn by shared/render/docx and shared/render/pdf with a FormatProfile for typography.
//
// README for renderers — both must treat every field the same way so DOCX and PDF match:
// - Text. Every string is drawn as given, after NFC normalisation (`text.normalize('NFC')`).
//   Wording rules (punctuation of Kính gửi / Nơi nhận items, "./.", trích yếu prefix) are already
//   applied by buildSpec; renderers never add words. A "\n" inside header fields, the subject or
//   the title forces a line break; elsewhere text wraps. Case: an element whose profile style has
//   `caps` is upper-cased (applyCase in shared/format).
// - header: two-column borderless row(s), left column = profile.header.leftColumnShare of the text
//   width. Left: parentBody (if non-empty), issuer, the issuer mark (profile.texts.issuerMark "*"
//   when settings.issuerMark = 'star', else a rule issuerRuleShare of the issuer width), then the
//   number line formatNumberLine(settings.numberStyle, serial, typeCode, issuerCode) — serial null
//   = draft, the blank is kept. Right: profile.texts.nationalTitle (+ nationalMotto when not null)
//   with a solid rule under it exactly as long as the title's (last line's) text width, centred,
//   profile.header.ruleGapPt below the title's line box, ruleWeightPt thick (DOCX: an empty
//   paragraph ruleGapPt high with a bottom border), then
//   formatPlaceDate(place, date). The number and the place/date share one row (same baseline).
//   For kind 'cong-van' the subject goes in the left column under the number (letterSubject style).
//   marks (secrecy, urgency) go under the number/subject in the left column (mark style).
//   showHeader === false: no header rows at all; the page starts with the title.
// - title (non-null for every kind but 'cong-van'): centred kindTitle line(s), then the subject in
//   titleSubject style, then settings.titleSeparatorText ("-----") if non-empty, centred.
// - addressees: 'cong-van' only. One item → one centred line "Kính gửi: {item}". Several → one
//   paragraph per item "- {item}" (addresseeItem style, left-aligned) whose lines start at
//   profile.addressees.itemIndentMm from the left margin; the FIRST item's paragraph also carries
//   the label "Kính gửi:" (addresseeLabel style) on its first line, starting at labelIndentMm
//   (DOCX: hanging indent + tab stop at itemIndentMm).
// - body blocks, in order, each with the profile's paragraph spacing (spaceBefore/After) and the
//   exact line height lineHeightPt(profile, style):
//   paragraph  body style, justified, first-line indent unless `indent: false`; `align` overrides.
//   heading    style heading1/2/3 by level; text = `${label} ` + runs; first-line indent like body;
//              keep with next paragraph (never last on a page).
//   listItem   body style with first-line indent; text = `${marker} ` + runs.
//   separator  profile.texts.separator ("* * *") centred, separator style.
//   pageBreak  next block starts on a new page.
//   table      a grid (registers, Kế hoạch tables, Giấy mời lists), see tableBlockSchema below:
//              column widths are relative weights of the text width; `header` rows are bold,
//              centred and repeated at the top of every page the table runs onto; rows never split
//              across pages unless one is taller than a page (then its cells continue on the next);
//              cells wrap, "\n" in a cell forces a line break; borders = 0.5 pt grid lines around every
//              cell (default), false = borderless. Cell text uses the body style at `fontSize`
//              (default: the body size) with lineHeightFactor × size line height and 2 pt / 3 pt
//              vertical / horizontal padding (DOCX: cell margins, tblHeader rows, cantSplit rows).
//   Runs carry bold/italic/underline, combined with the block style (a bold heading stays bold).
//   A run with `footnote: id` is followed by a superscript reference to that footnote; footnotes
//   are numbered 1, 2, … in order of first reference and printed at the bottom of the page with the
//   reference (footnote style), above a short separator rule.
// - signature and distribution: one two-column borderless row after the body (space before
//   profile.signature.spaceBeforePt). Left column (signature.leftColumnShare): "Nơi nhận:"
//   (distributionLabel) and "- {item}" lines (distributionItem); right column: authority (if
//   non-empty), title, blank profile.signature.blankMm, name. Either side may be absent. The row
//   is kept on one page when the Nơi nhận list has ≤ 25 items (else it may split).
// - No widow/orphan control anywhere: pages break greedily line by line (DOCX w:widowControl=0);
//   headings keep with the next paragraph; header rows never split.
// - Page numbers per settings.pageNumbers (default: from page 2, centred at the top, offsetMm from
//   the top edge), pageNumber style. spec.page may override them for one document (registers:
//   "Trang {page}/{pages}" at the bottom from page 1) and turn the page to landscape (the profile's
//   width and height swap; margins stay as the profile says, left stays the binding edge).
// - metadata: DOCX core properties / PDF info: title, author (= issuer), subject, keywords.
import { PAPER_SIZES } from './paper';
import { z } from 'zod';

const text = (max: number) => z.string().max(max);

export const DOCUMENT_KINDS = ['cong-van', 'thong-bao', 'thong-bao-nhanh', 'bao-cao', 'ke-hoach', 'huong-dan', 'to-trinh', 'khac'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const runSchema = z.strictObject({
  text: text(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  /** Id of a footnote in spec.footnotes; its reference mark follows this run. */
  footnote: text(50).optional(),
});
export type Run = z.infer<typeof runSchema>;

const runs = z.array(runSchema).max(500);

const ALIGNS = ['left', 'center', 'right', 'justify'] as const;

/**
 * One table cell: plain text ("\n" = line break), or text with emphasis and its own alignment.
 * Alignment falls back to the column's, then 'left'.
 */
export const tableCellSchema = z.union([
  text(20_000),
  z.strictObject({ text: text(20_000), bold: z.boolean().optional(), italic: z.boolean().optional(), align: z.enum(ALIGNS).optional() }),
]);
export type TableCell = z.infer<typeof tableCellSchema>;

/**
 * A table block. Every row (header and body) has exactly one cell per column.
 * Example (a two-column list with a repeated title row):
 *   { type: 'table', columns: [{ width: 1, align: 'center' }, { width: 4 }],
 *     header: [['TT', 'Nội dung']], rows: [['1', 'Tổ chức hội nghị'], ['2', 'Báo cáo kết quả']] }
 */
export const tableBlockSchema = z
  .strictObject({
    type: z.literal('table'),
    /** Relative widths (any positive numbers; a column gets width / sum of the text width) and default alignment. */
    columns: z.array(z.strictObject({ width: z.number().positive().max(1000), align: z.enum(ALIGNS).optional() })).min(1).max(40),
    /** Title rows, bold and centred, repeated at the top of every page the table runs onto. */
    header: z.array(z.array(tableCellSchema)).max(10),
    rows: z.array(z.array(tableCellSchema)).max(200_000),
    /** Grid lines around every cell; default true. */
    borders: z.boolean().optional(),
    /** Cell font size in pt; default the profile's body size. */
    fontSize: z.number().min(6).max(20).optional(),
  })
  .refine((t) => [...t.header, ...t.rows].every((r) => r.length === t.columns.length), { message: 'Mỗi hàng của bảng phải có đủ số ô bằng số cột.' });
export type TableBlock = z.infer<typeof tableBlockSchema>;

/** The cell's text and emphasis, whichever form it was given in. */
export function cellOf(c: TableCell): { text: string; bold?: boolean; italic?: boolean; align?: (typeof ALIGNS)[number] } {
  return typeof c === 'string' ? { text: c } : c;
}

export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('paragraph'),
    runs,
    indent: z.boolean().optional(),
    align: z.enum(['left', 'center', 'right', 'justify']).optional(),
  }),
  z.strictObject({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** "I.", "1.", "a)" — drawn before the runs with one space. May be empty. */
    label: text(20),
    runs,
  }),
  z.strictObject({
    type: z.literal('listItem'),
    /** "-", "+", "1.", "a)" … drawn before the runs with one space. */
    marker: text(20),
    runs,
  }),
  z.strictObject({ type: z.literal('separator') }),
  z.strictObject({ type: z.literal('pageBreak') }),
  tableBlockSchema,
]);
export type Block = z.infer<typeof blockSchema>;

export const footnoteSchema = z.strictObject({ id: text(50), runs });

export const documentNumberSchema = z.strictObject({
  /** null = draft: the number stays blank for the văn thư. */
  serial: z.number().int().min(1).max(999_999).nullable(),
  typeCode: text(20),
  issuerCode: text(50),
});

export const documentHeaderSchema = z.strictObject({
  parentBody: text(300),
  issuer: text(300),
  number: documentNumberSchema,
  place: text(100),
  /** ISO date; null = draft (the date line keeps its blanks). */
  date: z.iso.date().nullable(),
});

export const signatureSchema = z.strictObject({
  /** "K/T TRƯỞNG BAN", "T/M BAN THƯỜNG VỤ", or '' when the head signs directly. */
  authority: text(200),
  /** Chức vụ: "PHÓ TRƯỞNG BAN". */
  title: text(200),
  name: text(200),
});

export const pageSetupSchema = z.strictObject({
  orientation: z.enum(['portrait', 'landscape']).optional(),
  /** A3 for a printed register an office keeps on large sheets; absent = the profile's page (A4). */
  size: z.enum(PAPER_SIZES).optional(),
  /** Replaces the profile's page numbering; `format` has {page} and {pages} ("Trang {page}/{pages}"). */
  pageNumbers: z
    .strictObject({
      format: text(100),
      position: z.enum(['top-center', 'bottom-center']),
      fromPage: z.number().int().min(1).max(1000),
    })
    .optional(),
});

export const documentSpecSchema = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS),
  /**
   * false = a "tài liệu" without the header block (the seed Thông báo nhanh): the page starts with
   * the title. Default true. header data is still present (metadata, file names).
   */
  showHeader: z.boolean().optional(),
  header: documentHeaderSchema,
  /** Tên loại, e.g. "THÔNG BÁO NHANH"; null for a công văn. */
  title: text(300).nullable(),
  /** Trích yếu, final wording (a công văn's prefix already applied). */
  subject: text(2000),
  /** Kính gửi items, final punctuation, without the leading "- ". */
  addressees: z.array(text(500)).max(1000),
  body: z.array(blockSchema).max(10_000),
  footnotes: z.array(footnoteSchema).max(500),
  signature: signatureSchema.nullable(),
  /** Nơi nhận items, final punctuation, without the leading "- ". */
  distribution: z.array(text(500)).max(1000),
  marks: z.strictObject({ secrecy: text(50).optional(), urgency: text(50).optional() }),
  metadata: z.strictObject({ title: text(2000), author: text(300), subject: text(2000).optional(), keywords: text(500).optional() }),
  /** Per-document page setup; absent = the profile's portrait page and page numbers. */
  page: pageSetupSchema.optional(),
});
export type DocumentSpec = z.infer<typeof documentSpecSchema>;

/** Footnote ids in order of first reference → their printed numbers (1-based). */
export function footnoteNumbers(spec: DocumentSpec): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of spec.body) {
    if (b.type === 'separator' || b.type === 'pageBreak' || b.type === 'table') continue;
    for (const r of b.runs) if (r.footnote && !out.has(r.footnote)) out.set(r.footnote, out.size + 1);
  }
  return out;
}
