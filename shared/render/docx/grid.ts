// Table blocks of the document body (registers, Kế hoạch tables) → docx tables with the same
// column widths, padding, grid and repeated title rows as the PDF (shared/render/pdf/compose.ts).
import { BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { type FormatProfile, ptToHalfPoints, ptToTwips } from '../../format';
import { type TableBlock, type TableCell as SpecCell, cellOf } from '../../document/spec';
import { alignOf, xmlSafe } from './style';
import { textWidthTwips } from './tables';

/** Same values as the PDF composer's TABLE_GRID_PT / TABLE_PADDING_*_PT. */
const GRID_EIGHTHS = 4; // 0.5 pt in eighths of a point
const PAD_X = ptToTwips(3);
const PAD_Y = ptToTwips(2);

export function gridTable(b: TableBlock, profile: FormatProfile): Table {
  const total = textWidthTwips(profile);
  const sum = b.columns.reduce((a, c) => a + c.width, 0);
  const widths = b.columns.map((c) => Math.round((total * c.width) / sum));
  const size = b.fontSize ?? profile.elements.body.size;
  const line = ptToTwips(Math.round(size * profile.paragraph.lineHeightFactor * 20) / 20);
  const grid = b.borders !== false;
  const border = grid ? { style: BorderStyle.SINGLE, size: GRID_EIGHTHS, color: '000000' } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  const margins = grid ? { top: PAD_Y, bottom: PAD_Y, left: PAD_X, right: PAD_X } : { top: 0, bottom: 0, left: 0, right: 0 };
  const cell = (c: SpecCell, ci: number, head: boolean) => {
    const v = cellOf(c);
    const align = v.align ?? (head ? 'center' : (b.columns[ci]?.align ?? 'left'));
    const children = xmlSafe(v.text)
      .split('\n')
      .map(
        (text) =>
          new Paragraph({
            alignment: alignOf(align),
            spacing: { before: 0, after: 0, line, lineRule: LineRuleType.EXACT },
            widowControl: false,
            children: [new TextRun({ text, size: ptToHalfPoints(size), bold: head || v.bold === true || undefined, italics: v.italic === true || undefined })],
          }),
      );
    return new TableCell({ children, width: { size: widths[ci] ?? 0, type: WidthType.DXA }, margins, verticalAlign: VerticalAlign.TOP });
  };
  const rows = [
    ...b.header.map((r) => new TableRow({ children: r.map((c, ci) => cell(c, ci, true)), tableHeader: true, cantSplit: true })),
    ...b.rows.map((r) => new TableRow({ children: r.map((c, ci) => cell(c, ci, false)), cantSplit: true })),
  ];
  return new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders, rows });
}
