// Flows laid-out blocks onto pages: exact line heights, summed paragraph spacing (as Word and
// LibreOffice do), keep-with-next, widow/orphan control, tables split only between rows, and
// footnotes kept on the page of their reference at the bottom of the text block.
import { type FontMetricsSet } from '../fonts';
import { breakParagraph, ruleOf } from './breaker';
import { type Block, type Line, type Paragraph, type PlacedBox, type PlacedRule, type Table } from './types';

export type FootnoteSettings = {
  /** Height reserved for the separator above the first footnote of a page, in pt. */
  separatorHeight: number;
  /** Separator line: distance from the top of the footnote area, length and thickness, in pt. */
  separatorOffset: number;
  separatorLength: number;
  separatorThickness: number;
};

export type PageSettings = {
  /** Text block width and height in pt. */
  width: number;
  height: number;
  footnotes: FootnoteSettings;
  /** Word/LibreOffice drop "space before" for a paragraph starting a new page (not on page 1). */
  dropSpaceBeforeAtPageTop: boolean;
};

/** A line placed on a page: x/y relative to the text block's top-left corner, y downwards. */
export type PlacedLine = { line: Line; x: number; y: number; rule?: PlacedRule };

export type LaidPage = {
  lines: PlacedLine[];
  /** Footnote lines, y relative to the top of the footnote area. */
  footnotes: PlacedLine[];
  /** Height of the footnote area (separator included), 0 when the page has none. */
  footnoteHeight: number;
  /** Table cell borders. */
  boxes: PlacedBox[];
};

type LaidPara = { kind: 'para'; lines: Line[]; para: Paragraph };
type LaidRow = { height: number; cells: PlacedLine[][] };
type LaidTable = { kind: 'table'; table: Table; row: (i: number) => LaidRow };
type Laid = LaidPara | LaidTable;

/** Past this many broken paragraphs the cache starts over: repeated cells stay cheap, memory stays bounded. */
const BROKEN_CACHE_MAX = 4096;

/** Lays out one row at a time, when it is placed: a long register never exists laid out as a whole. */
function tableLayout(t: Table, metrics: FontMetricsSet): LaidTable {
  // Paragraphs shared between cells of one column (the composer reuses them) are broken once.
  let broken = new Map<Paragraph, Line[]>();
  const row = (i: number): LaidRow => {
    const src = t.rows.at(i);
    const cells: PlacedLine[][] = [];
    let height = 0;
    let cx = t.x;
    const pad = t.paddingY ?? 0;
    src?.cells.forEach((paras, ci) => {
      const colW = t.columns[ci] ?? 0;
      const cell: PlacedLine[] = [];
      cells.push(cell);
      let y = pad;
      for (const p of paras) {
        y += p.format.before;
        let lines = broken.get(p);
        if (!lines) {
          lines = breakParagraph(p, colW - 2 * t.padding, metrics);
          if (broken.size >= BROKEN_CACHE_MAX) broken = new Map();
          broken.set(p, lines);
        }
        for (const [li, line] of lines.entries()) {
          cell.push({ line, x: cx + t.padding, y, rule: li === lines.length - 1 ? ruleOf(p, line) : undefined });
          y += line.height;
        }
        y += p.format.after;
      }
      height = Math.max(height, y + pad);
      cx += colW;
    });
    return { height, cells };
  };
  return { kind: 'table', table: t, row };
}

/** All pages at once (short documents, tests). */
export function paginate(blocks: Block[], settings: PageSettings, metrics: FontMetricsSet): LaidPage[] {
  return [...paginatePages(blocks, settings, metrics)];
}

/**
 * Pages one by one, each handed out as soon as nothing more can land on it, so a renderer can draw
 * and drop it: memory stays bounded by a page, not by the document.
 */
export function* paginatePages(blocks: Block[], settings: PageSettings, metrics: FontMetricsSet): Generator<LaidPage> {
  const laid: Laid[] = blocks.map((b) =>
    b.kind === 'paragraph'
      ? { kind: 'para', lines: breakParagraph(b.paragraph, settings.width, metrics), para: b.paragraph }
      : tableLayout(b.table, metrics),
  );
  const noteCache = new Map<Paragraph[], { lines: PlacedLine[]; height: number }>();
  const layoutNote = (note: Paragraph[]) => {
    let n = noteCache.get(note);
    if (!n) {
      const lines: PlacedLine[] = [];
      let y = 0;
      for (const p of note) {
        y += p.format.before;
        for (const line of breakParagraph(p, settings.width, metrics)) {
          lines.push({ line, x: 0, y });
          y += line.height;
        }
        y += p.format.after;
      }
      n = { lines, height: y };
      noteCache.set(note, n);
    }
    return n;
  };

  /** Finished pages not yet handed out (newPage runs inside closures, which cannot yield). */
  const finished: LaidPage[] = [];
  let pageCount = 0;
  let page: LaidPage | undefined;
  let y = 0;
  /** Set while a table with repeated header rows is being placed: draws them on each new page. */
  let repeatHeader: (() => void) | null = null;
  const newPage = () => {
    if (page) finished.push(page);
    page = { lines: [], footnotes: [], footnoteHeight: 0, boxes: [] };
    pageCount++;
    y = 0;
    const again = repeatHeader;
    if (again) {
      repeatHeader = null; // a header taller than a page must not recurse
      again();
      repeatHeader = again;
    }
  };
  newPage();
  const atTop = () => y === 0;
  const before = (v: number) => (atTop() && pageCount > 1 && settings.dropSpaceBeforeAtPageTop ? 0 : v);
  const noteNeed = (line: Line, pendingNotes: number) => {
    if (!line.footnotes.length) return 0;
    let h = page!.footnoteHeight === 0 && pendingNotes === 0 ? settings.footnotes.separatorHeight : 0;
    for (const n of line.footnotes) h += layoutNote(n).height;
    return h;
  };
  /** How many of lines[from..] fit on the current page after `space` pt of spacing. */
  const fitCount = (lines: Line[], from: number, space: number): number => {
    let yy = y + space;
    let notes = 0;
    let k = from;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      const nn = noteNeed(line, notes);
      if (yy + line.height + page!.footnoteHeight + notes + nn > settings.height + 0.01) break;
      yy += line.height;
      notes += nn;
    }
    return k - from;
  };
  const placeCellLine = (c: PlacedLine, top: number) => {
    page!.lines.push({ ...c, y: top + c.y });
    for (const n of c.line.footnotes) {
      if (page!.footnoteHeight === 0) page!.footnoteHeight = settings.footnotes.separatorHeight;
      const laidNote = layoutNote(n);
      for (const l of laidNote.lines) page!.footnotes.push({ ...l, y: l.y + page!.footnoteHeight });
      page!.footnoteHeight += laidNote.height;
    }
  };
  const placeLine = (line: Line, x: number, rule?: PlacedLine['rule']) => {
    placeCellLine({ line, x, y: 0, rule }, y);
    y += line.height;
  };
  /** Height needed to keep a block together with the first line(s) of the next. */
  const headOf = (b: Laid | undefined): number => {
    if (!b) return 0;
    if (b.kind === 'table') return b.table.before + (b.table.rows.length ? b.row(0).height : 0);
    const n = b.para.format.widowControl ? Math.min(2, b.lines.length) : 1;
    return b.para.format.before + b.lines.slice(0, n).reduce((a, l) => a + l.height, 0);
  };
  const whole = (b: Laid): number => {
    if (b.kind === 'para') return b.para.format.before + b.lines.reduce((a, l) => a + l.height, 0) + b.para.format.after;
    let h = b.table.before;
    for (let i = 0; i < b.table.rows.length; i++) h += b.row(i).height;
    return h;
  };

  /** Cell borders of one row segment `height` pt tall at the current y. */
  const gridBoxes = (t: Table, height: number) => {
    if (!t.grid) return;
    let x = t.x;
    for (const w of t.columns) {
      page!.boxes.push({ x, y, w, h: height, thickness: t.grid });
      x += w;
    }
  };
  /** Places a row: whole if it fits, else on the next page, else (too tall, or splittable) cut per cell. */
  const placeRow = (row: LaidRow, cantSplit: boolean, t: Table) => {
    let cells = row.cells;
    let height = row.height;
    for (;;) {
      const room = settings.height - page!.footnoteHeight - y;
      if (height <= room + 0.01) {
        for (const cell of cells) for (const c of cell) placeCellLine(c, y);
        gridBoxes(t, height);
        y += height;
        return;
      }
      if (!atTop() && (cantSplit ? height <= settings.height : cells.every((cell) => !cell[0] || cell[0].y + cell[0].line.height > room))) {
        newPage();
        continue;
      }
      const rest: PlacedLine[][] = [];
      for (const cell of cells) {
        let k = cell.findIndex((c) => c.y + c.line.height > room + 0.01);
        if (k === 0 && atTop()) k = 1; // a line taller than the page: place it anyway
        if (k < 0) k = cell.length;
        for (const c of cell.slice(0, k)) placeCellLine(c, y);
        const moved = cell.slice(k);
        const offset = (moved[0]?.y ?? 0) - (t.paddingY ?? 0);
        rest.push(moved.map((c) => ({ ...c, y: c.y - offset })));
      }
      gridBoxes(t, room);
      newPage();
      cells = rest;
      height = (t.paddingY ?? 0) + Math.max(0, ...rest.map((cell) => (cell.length ? cell[cell.length - 1]!.y + cell[cell.length - 1]!.line.height : 0)));
    }
  };

  for (let bi = 0; bi < laid.length; bi++) {
    const b = laid[bi]!;
    const keep = b.kind === 'para' ? b.para.format.keepWithNext : b.table.keepWithNext;
    if (keep && !atTop() && y + whole(b) + headOf(laid[bi + 1]) + page!.footnoteHeight > settings.height + 0.01) {
      if (whole(b) + headOf(laid[bi + 1]) <= settings.height) newPage();
    }
    if (b.kind === 'table') {
      const t = b.table;
      if (t.pageBreakBefore && !atTop()) newPage();
      y += before(t.before);
      const headCount = Math.min(t.headerRows ?? 0, t.rows.length);
      const head = Array.from({ length: headCount }, (_, i) => b.row(i));
      // The title rows stay with the first body row; later pages get them again from newPage.
      const headH = head.reduce((a, r) => a + r.height, 0);
      const firstBody = headCount < t.rows.length ? b.row(headCount).height : 0;
      if (head.length && !atTop() && y + headH + firstBody + page!.footnoteHeight > settings.height + 0.01) newPage();
      for (const row of head) placeRow(row, true, t);
      if (head.length) repeatHeader = () => { for (const row of head) placeRow(row, true, t); };
      for (let i = headCount; i < t.rows.length; i++) {
        placeRow(b.row(i), t.cantSplit, t);
        yield* finished.splice(0);
      }
      repeatHeader = null;
      y += t.after;
      continue;
    }
    const { lines, para } = b;
    const f = para.format;
    if (para.pageBreakBefore && !atTop()) newPage();
    let k = 0;
    let space = before(f.before);
    while (k < lines.length) {
      const n = lines.length - k;
      let m = fitCount(lines, k, space);
      if (m < n && f.widowControl && lines.length >= 2) {
        if (n - m === 1 && m > 0) m -= 1; // no widow: carry one more line over
        if (k === 0 && m === 1) m = 0; // no orphan: a first line alone stays with the rest
      }
      if (m === 0 && atTop()) m = Math.max(1, fitCount(lines, k, space));
      if (m === 0) {
        newPage();
        space = k === 0 ? before(f.before) : 0;
        continue;
      }
      y += space;
      for (let i = 0; i < m; i++, k++) placeLine(lines[k]!, 0, k === lines.length - 1 ? ruleOf(para, lines[k]!) : undefined);
      space = 0;
      if (k < lines.length) newPage();
    }
    y += f.after;
    yield* finished.splice(0);
  }
  yield* finished.splice(0);
  yield page!;
}
