// Borderless two-column tables: the header (ô 1–5b, 10) and the signature/Nơi nhận row (ô 7, 9b).
import { Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType, VerticalAlign } from 'docx';
import { type FormatProfile, applyCase, measureTextPt, mmToPt, mmToTwips, ptToTwips } from '../../format';
import { type DocumentSpec } from '../../document/spec';
import { formatNumberLine } from '../../numbering/format';
import { formatPlaceDate } from '../../text/dates';
import { ruleParagraph, styledParagraph } from './style';

/** Up to this many Nơi nhận items the signature row never splits across pages. */
export const SIGNATURE_KEEP_MAX_ITEMS = 25;

const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

/** Page width minus margins, each rounded to twips first (11906 − 1701 − 850 = 9355), as Word sees it. */
export function textWidthTwips(profile: FormatProfile): number {
  const m = profile.page.margins;
  return mmToTwips(profile.page.widthMm) - mmToTwips(m.leftMm) - mmToTwips(m.rightMm);
}

export function columnWidths(profile: FormatProfile, leftShare: number): [number, number] {
  const total = textWidthTwips(profile);
  const left = Math.round(total * leftShare);
  return [left, total - left];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: NO_MARGINS,
    verticalAlign: VerticalAlign.TOP,
  });
}

function twoColumnTable(widths: [number, number], rows: [Paragraph[], Paragraph[]][], cantSplit: boolean): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: NO_MARGINS,
    rows: rows.map(([l, r]) => new TableRow({ children: [cell(l, widths[0]), cell(r, widths[1])], cantSplit })),
  });
}

/** Width in twips of the last line of `text` drawn in `style` (after case mapping). */
function lastLineTwips(text: string, style: FormatProfile['elements'][keyof FormatProfile['elements']]): number {
  const lines = applyCase(text, style).split('\n');
  return ptToTwips(measureTextPt(lines[lines.length - 1] ?? '', style.size, style.bold, style.italic));
}

export function headerTable(spec: DocumentSpec, profile: FormatProfile): Table {
  const e = profile.elements;
  const h = spec.header;
  const [lw, rw] = columnWidths(profile, profile.header.leftColumnShare);

  const left1: Paragraph[] = [];
  if (h.parentBody.trim()) left1.push(styledParagraph(profile, e.parentBody, h.parentBody));
  left1.push(styledParagraph(profile, e.issuer, h.issuer));
  if (profile.settings.issuerMark === 'star') left1.push(styledParagraph(profile, e.issuerMark, profile.texts.issuerMark));
  else left1.push(ruleParagraph(profile, Math.round(lastLineTwips(h.issuer, e.issuer) * profile.header.issuerRuleShare), lw));

  const right1: Paragraph[] = [styledParagraph(profile, e.nationalTitle, profile.texts.nationalTitle)];
  if (profile.texts.nationalMotto) {
    right1.push(styledParagraph(profile, e.nationalMotto, profile.texts.nationalMotto));
    right1.push(ruleParagraph(profile, lastLineTwips(profile.texts.nationalMotto, e.nationalMotto), rw));
  } else {
    right1.push(ruleParagraph(profile, lastLineTwips(profile.texts.nationalTitle, e.nationalTitle), rw));
  }

  const left2: Paragraph[] = [styledParagraph(profile, e.number, formatNumberLine(profile.settings.numberStyle, h.number.serial, h.number.typeCode, h.number.issuerCode, profile.settings.numberColon))];
  if (spec.kind === 'cong-van' && spec.subject.trim()) left2.push(styledParagraph(profile, e.letterSubject, spec.subject));
  for (const m of [spec.marks.secrecy, spec.marks.urgency]) if (m?.trim()) left2.push(styledParagraph(profile, e.mark, m, { spaceBeforePt: 6 }));
  const right2: Paragraph[] = [styledParagraph(profile, e.placeDate, formatPlaceDate(h.place, h.date))];

  return twoColumnTable([lw, rw], [[left1, right1], [left2, right2]], true);
}

/** Nơi nhận on the left, the signature on the right; null when the document has neither. */
export function signatureTable(spec: DocumentSpec, profile: FormatProfile): Table | null {
  const e = profile.elements;
  if (!spec.signature && spec.distribution.length === 0) return null;
  const [lw, rw] = columnWidths(profile, profile.signature.leftColumnShare);
  const left: Paragraph[] = [];
  if (spec.distribution.length > 0) {
    left.push(styledParagraph(profile, e.distributionLabel, 'Nơi nhận:'));
    for (const item of spec.distribution) left.push(styledParagraph(profile, e.distributionItem, `- ${item}`));
  }
  const right: Paragraph[] = [];
  const sig = spec.signature;
  if (sig) {
    if (sig.authority.trim()) right.push(styledParagraph(profile, e.signatureAuthority, sig.authority));
    if (sig.title.trim()) right.push(styledParagraph(profile, e.signatureTitle, sig.title));
    right.push(styledParagraph(profile, e.signatureName, sig.name, { spaceBeforePt: mmToPt(profile.signature.blankMm) }));
  }
  // Kept on one page unless it could not fit on one anyway (a very long Nơi nhận list).
  return twoColumnTable([lw, rw], [[left, right]], spec.distribution.length <= SIGNATURE_KEEP_MAX_ITEMS);
}
