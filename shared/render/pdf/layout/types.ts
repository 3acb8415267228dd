// The layout engine's own model: styled runs and paragraph formats in points. The composer
// (compose*.ts) turns a DocumentSpec + FormatProfile into these; nothing here knows about Party rules.
import { type FaceKey } from '../fonts';

export type RunStyle = {
  face: FaceKey;
  /** Font size in pt. */
  size: number;
  underline?: boolean;
  /** Superscript (footnote marks): drawn smaller and raised, like Word's vertAlign. */
  superscript?: boolean;
};

export type Run = {
  text: string;
  style: RunStyle;
  /** Set on a footnote reference mark: the footnote's paragraphs, placed on the same page. */
  footnote?: Paragraph[];
  /** Fixed advance in pt for a one-space run (the tab after "Kính gửi:"); never justified. */
  width?: number;
};

export type Align = 'left' | 'center' | 'right' | 'justify';

/** 'exact' = Word's "Exactly N pt"; 'multiple' = N × the font's single line height. */
export type LineSpacing = { kind: 'exact'; pt: number } | { kind: 'multiple'; factor: number };

export type ParaFormat = {
  align: Align;
  /** First-line indent in pt (may be negative for a hanging indent). */
  firstLine: number;
  left: number;
  right: number;
  spacing: LineSpacing;
  before: number;
  after: number;
  keepWithNext: boolean;
  widowControl: boolean;
};

/**
 * A solid rule under a paragraph's last line, `gap` pt below the line box: `width` pt long from the
 * paragraph's left indent, or exactly as long as the text when `width` is absent.
 */
export type RuleUnder = { thickness: number; gap: number; width?: number };

export type Paragraph = { runs: Run[]; format: ParaFormat; ruleUnder?: RuleUnder; pageBreakBefore?: boolean };

/** A piece of one line in one style, positioned relative to the line's left edge. */
export type Fragment = {
  x: number;
  text: string;
  style: RunStyle;
  width: number;
  /** Extra advance added after each space character (justification), in pt. */
  spaceExtra: number;
  /** A fixed-width space (never merged with neighbours). */
  fixed?: boolean;
};

export type Line = {
  fragments: Fragment[];
  height: number;
  /** Baseline distance from the top of the line box. */
  baseline: number;
  /** Footnotes referenced on this line, in order. */
  footnotes: Paragraph[][];
};

/** A two-column (or n-column) borderless table row: each cell is laid out independently. */
export type TableRow = { cells: Paragraph[][] };
/** What the paginator needs of a table's rows; a plain array is one. */
export type TableRows = { readonly length: number; at(index: number): TableRow | undefined };

export type Table = {
  /** Column widths in pt; their sum is the table width. */
  columns: number[];
  /** Left offset from the text block's left edge, in pt. */
  x: number;
  /** Left/right cell padding in pt (Word's default cell margin is 5.4 pt). */
  padding: number;
  /** An array, or rows made on demand (a 10,000-row register is never held laid out at once). */
  rows: TableRows;
  before: number;
  after: number;
  keepWithNext: boolean;
  /** Rows move whole to the next page; otherwise a row taller than the rest of the page splits. */
  cantSplit: boolean;
  /** The first `headerRows` rows are repeated at the top of every page the table continues on. */
  headerRows?: number;
  /** Grid lines of this thickness (pt) around every cell; absent = borderless. */
  grid?: number;
  /** Top and bottom cell padding in pt (default 0). */
  paddingY?: number;
  /** Starts on a new page (a spec pageBreak right before the table). */
  pageBreakBefore?: boolean;
};

export type Block =
  | { kind: 'paragraph'; paragraph: Paragraph }
  | { kind: 'table'; table: Table };

/** A stroked rectangle (a table cell's border): x, y = top-left corner relative to the text block, y downwards. */
export type PlacedBox = { x: number; y: number; w: number; h: number; thickness: number };

/** A rule placed relative to a line box: from x0 to x1, its top dy pt below the box top. */
export type PlacedRule = { x0: number; x1: number; dy: number; thickness: number };
