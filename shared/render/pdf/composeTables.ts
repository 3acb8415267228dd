// The two borderless two-column tables of a Party document: the header (ô 1–5b) and the
// signature / Nơi nhận row (ô 7, 9b). Column shares, sizes and spacing come from the profile.
import { type DocumentSpec } from '../../document/spec';
import { applyCase, mmToPt, textWidthPt } from '../../format';
import { type Composer, numberLine, paragraph, placeDateLine, ruleParagraph, styled, styledWidth } from './compose';
import { type Block, type Paragraph } from './layout/types';

/** Cell padding of the DOCX tables (the renderer sets left/right cell margins to 0). */
export const CELL_PADDING = 0;

/** Up to this many Nơi nhận items the signature row never splits across pages (as in the DOCX). */
export const SIGNATURE_KEEP_MAX_ITEMS = 25;

export function headerBlocks(c: Composer, spec: DocumentSpec): Block[] {
  if (spec.showHeader === false) return [];
  const { profile } = c;
  const el = profile.elements;
  const width = textWidthPt(profile);
  const leftW = width * profile.header.leftColumnShare;
  const rightW = width - leftW;
  const inner = (w: number) => w - 2 * CELL_PADDING;
  const h = spec.header;

  const left1: Paragraph[] = [];
  if (h.parentBody.trim()) left1.push(styled(profile, el.parentBody, h.parentBody));
  left1.push(styled(profile, el.issuer, h.issuer));
  if (profile.settings.issuerMark === 'star') left1.push(styled(profile, el.issuerMark, profile.texts.issuerMark));
  else left1.push(ruleParagraph(c, styledWidth(c, el.issuer, h.issuer) * profile.header.issuerRuleShare, inner(leftW)));

  const right1: Paragraph[] = [styled(profile, el.nationalTitle, profile.texts.nationalTitle)];
  let ruled = { style: el.nationalTitle, text: profile.texts.nationalTitle };
  if (profile.texts.nationalMotto) {
    right1.push(styled(profile, el.nationalMotto, profile.texts.nationalMotto));
    ruled = { style: el.nationalMotto, text: profile.texts.nationalMotto };
  }
  const lastLine = applyCase(ruled.text, ruled.style).split('\n').pop() ?? '';
  right1.push(ruleParagraph(c, styledWidth(c, ruled.style, lastLine), inner(rightW)));

  const left2: Paragraph[] = [styled(profile, el.number, numberLine(spec, profile))];
  if (spec.kind === 'cong-van' && spec.subject.trim()) left2.push(styled(profile, el.letterSubject, spec.subject));
  for (const m of [spec.marks.secrecy, spec.marks.urgency]) if (m?.trim()) left2.push(styled(profile, el.mark, m, { before: profile.paragraph.spaceBeforePt }));
  const right2: Paragraph[] = [styled(profile, el.placeDate, placeDateLine(spec))];

  return [
    {
      kind: 'table',
      table: {
        columns: [leftW, rightW],
        x: 0,
        padding: CELL_PADDING,
        rows: [{ cells: [left1, right1] }, { cells: [left2, right2] }],
        before: 0,
        after: 0,
        keepWithNext: false,
        cantSplit: true,
      },
    },
  ];
}

export function signatureBlocks(c: Composer, spec: DocumentSpec): Block[] {
  const { profile } = c;
  const el = profile.elements;
  if (!spec.signature && spec.distribution.length === 0) return [];
  const width = textWidthPt(profile);
  const leftW = width * profile.signature.leftColumnShare;
  const left: Paragraph[] = [];
  if (spec.distribution.length) {
    left.push(styled(profile, el.distributionLabel, 'Nơi nhận:'));
    for (const item of spec.distribution) left.push(styled(profile, el.distributionItem, `- ${item}`));
  }
  const right: Paragraph[] = [];
  const sig = spec.signature;
  if (sig) {
    if (sig.authority.trim()) right.push(styled(profile, el.signatureAuthority, sig.authority));
    if (sig.title.trim()) right.push(styled(profile, el.signatureTitle, sig.title));
    right.push(styled(profile, el.signatureName, sig.name, { before: mmToPt(profile.signature.blankMm) }));
  }
  // Like the DOCX: a spacer paragraph of exactly spaceBeforePt, then the row, kept on one page
  // unless the Nơi nhận list is too long to fit on one anyway.
  const spacer = paragraph(profile, el.body, []);
  spacer.format.spacing = { kind: 'exact', pt: profile.signature.spaceBeforePt };
  return [
    { kind: 'paragraph', paragraph: spacer },
    {
      kind: 'table',
      table: {
        columns: [leftW, width - leftW],
        x: 0,
        padding: CELL_PADDING,
        rows: [{ cells: [left, right] }],
        before: 0,
        after: 0,
        keepWithNext: false,
        cantSplit: spec.distribution.length <= SIGNATURE_KEEP_MAX_ITEMS,
      },
    },
  ];
}
