// Typography helpers: FormatProfile styles → docx library options. All lengths are converted by
// rounding (shared/format/units), never with the docx helpers, which floor.
import { AlignmentType, BorderStyle, type IParagraphOptions, type IRunOptions, LineRuleType, Paragraph, TextRun } from 'docx';
import { type Align, type FormatProfile, type TextStyle, applyCase, lineHeightPt, mmToTwips, ptToHalfPoints, ptToTwips } from '../../format';
import { type Run } from '../../document/spec';

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

export const alignOf = (a: Align) => ALIGN[a];

/** Run options for text in `style`, with a run's own emphasis added. */
/**
 * Run options for text in `style`, with a run's own emphasis added. The font and the body size
 * are document defaults (renderDocx sets them), so runs only state what differs: a smaller XML is
 * what keeps the docx library fast.
 */
export function runOptions(profile: FormatProfile, style: TextStyle, run: Partial<Run> = {}): IRunOptions {
  const o: { size?: number; bold?: boolean; italics?: boolean; underline?: { type: 'single' } } = {};
  if (style.size !== profile.elements.body.size) o.size = ptToHalfPoints(style.size);
  if (style.bold || run.bold === true) o.bold = true;
  if (style.italic || run.italic === true) o.italics = true;
  if (style.underline || run.underline === true) o.underline = { type: 'single' };
  return o;
}

/**
 * NFC text without the characters XML 1.0 forbids (C0 controls but tab/newline, U+FFFE/FFFF, lone
 * surrogates): one of them would make the whole .docx unreadable in Word.
 */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

export function textRun(profile: FormatProfile, style: TextStyle, text: string, run: Partial<Run> = {}): TextRun {
  return new TextRun({ ...runOptions(profile, style, run), text: applyCase(xmlSafe(text), style) });
}

type ParaOpts = { firstLineIndent?: boolean; spaceBeforePt?: number; spaceAfterPt?: number; align?: Align; keepNext?: boolean; indentLeftTwips?: number; indentRightTwips?: number; hangingTwips?: number };

/**
 * Paragraph options: exact line height from the profile, explicit spacing, no widow control (the
 * PDF engine breaks pages greedily line by line, and so must Word and LibreOffice).
 */
export function paragraphOptions(profile: FormatProfile, style: TextStyle, o: ParaOpts = {}): IParagraphOptions {
  const indent: { firstLine?: number; left?: number; right?: number; hanging?: number } = {};
  if (o.firstLineIndent) indent.firstLine = mmToTwips(profile.paragraph.firstLineIndentMm);
  if (o.indentLeftTwips) indent.left = o.indentLeftTwips;
  if (o.indentRightTwips) indent.right = o.indentRightTwips;
  if (o.hangingTwips) indent.hanging = o.hangingTwips;
  return {
    alignment: alignOf(o.align ?? style.align),
    spacing: {
      before: ptToTwips(o.spaceBeforePt ?? 0),
      after: ptToTwips(o.spaceAfterPt ?? 0),
      line: ptToTwips(lineHeightPt(profile, style)),
      lineRule: LineRuleType.EXACT,
    },
    indent,
    keepNext: o.keepNext,
    widowControl: false,
  };
}

/** Simple one-style paragraph; "\n" in `text` becomes line breaks. */
export function styledParagraph(profile: FormatProfile, style: TextStyle, text: string, o: ParaOpts = {}): Paragraph {
  const lines = xmlSafe(text).split('\n');
  const children = lines.map((line, i) => new TextRun({ ...runOptions(profile, style), text: applyCase(line, style), break: i > 0 ? 1 : undefined }));
  return new Paragraph({ ...paragraphOptions(profile, style, o), children });
}

/**
 * An empty paragraph ruleGapPt high (at least 1 pt) whose bottom border is a solid rule `widthTwips` long, centred in a
 * column `columnTwips` wide (the indents shorten the border to the rule's length).
 */
export function ruleParagraph(profile: FormatProfile, widthTwips: number, columnTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - widthTwips) / 2));
  return new Paragraph({
    spacing: { before: 0, after: 0, line: Math.max(20, ptToTwips(profile.header.ruleGapPt)), lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: Math.round(profile.header.ruleWeightPt * 8), color: '000000', space: 0 } },
    children: [new TextRun({ text: '', size: 2 })],
  });
}
