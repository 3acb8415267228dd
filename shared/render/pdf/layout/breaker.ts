// Greedy line breaking like Word's and LibreOffice's: break at spaces (and after a hyphen inside a
// word), trailing spaces hang outside the measure, a word longer than the line is cut by characters,
// justification widens only the inner spaces and never the last line of a paragraph.
import { cleanText } from '../../../text/normalize';
import { type FaceMetrics, type FontMetricsSet } from '../fonts';
import { type Fragment, type Line, type Paragraph, type PlacedRule, type RunStyle } from './types';

/** LibreOffice's automatic superscript (what it does with a DOCX footnote mark): 58 % size, top aligned with the text. */
export const SUPERSCRIPT_SCALE = 0.58;

/** Baseline shift of a superscript so that its top meets the top of full-size text. */
export function superscriptRise(face: FaceMetrics, size: number): number {
  return (face.ascent + face.lineGap) * size * (1 - SUPERSCRIPT_SCALE);
}

const EPS = 0.005;

type Piece = { text: string; style: RunStyle; width: number; spaces: number; footnote?: Paragraph[]; fixed?: boolean };
type Segment = { content: Piece[]; trailing: Piece[]; cw: number; sw: number; newlineAfter: boolean };

export function effectiveSize(style: RunStyle): number {
  return style.superscript ? style.size * SUPERSCRIPT_SCALE : style.size;
}

/** NFC, no control characters, tabs as spaces, characters the font lacks as "?". */
export function sanitize(text: string, face: FaceMetrics): string {
  const clean = cleanText(text).replace(/\t/g, ' ').replace(/[\u0080-\u009F]/g, '');
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || (c !== 10 && !face.has(c))) return replaceMissing(clean, face);
  }
  return clean;
}

function replaceMissing(text: string, face: FaceMetrics): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp === 10 || face.has(cp) ? ch : '?';
  }
  return out;
}

/** Splits after a hyphen that has a letter or digit before it and a letter after it. */
const HYPHEN_BREAK = /(?<=[\p{L}\p{N}]-)(?=\p{L})/u;

function measure(metrics: FontMetricsSet, style: RunStyle, text: string): number {
  return metrics[style.face].width(text, effectiveSize(style));
}

function segmentsOf(p: Paragraph, metrics: FontMetricsSet): Segment[] {
  const segs: Segment[] = [];
  let seg: Segment = { content: [], trailing: [], cw: 0, sw: 0, newlineAfter: false };
  const push = () => {
    segs.push(seg);
    seg = { content: [], trailing: [], cw: 0, sw: 0, newlineAfter: false };
  };
  for (const run of p.runs) {
    const face = metrics[run.style.face];
    const size = effectiveSize(run.style);
    const text = sanitize(run.text, face);
    if (run.width !== undefined) {
      // A fixed-width space (tab stand-in): its own piece, excluded from justification.
      seg.trailing.push({ text: ' ', style: run.style, width: run.width, spaces: 0, fixed: true });
      seg.sw += run.width;
      continue;
    }
    if (run.footnote) {
      // A footnote mark sticks to the word before it.
      if (seg.trailing.length) push();
      const w = measure(metrics, run.style, text);
      seg.content.push({ text, style: run.style, width: w, spaces: 0, footnote: run.footnote });
      seg.cw += w;
      continue;
    }
    // Scan for runs of spaces, line breaks and words (a plain loop: regex match objects cost).
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        seg.newlineAfter = true;
        push();
        i++;
        continue;
      }
      let j = i + 1;
      if (c === 32) {
        while (j < text.length && text.charCodeAt(j) === 32) j++;
        const tok = text.slice(i, j);
        const w = face.width(tok, size);
        seg.trailing.push({ text: tok, style: run.style, width: w, spaces: tok.length });
        seg.sw += w;
      } else {
        while (j < text.length && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 10) j++;
        const tok = text.slice(i, j);
        if (seg.trailing.length) push();
        // Like ICU/LibreOffice: a break is allowed after a hyphen between a letter/digit and a letter.
        const parts = tok.includes('-') ? tok.split(HYPHEN_BREAK) : [tok];
        for (let k = 0; k < parts.length; k++) {
          const w = face.width(parts[k]!, size);
          seg.content.push({ text: parts[k]!, style: run.style, width: w, spaces: 0 });
          seg.cw += w;
          if (k < parts.length - 1) push();
        }
      }
      i = j;
    }
  }
  if (seg.content.length || seg.trailing.length || segs.length === 0) push();
  return segs;
}

/** Cuts a segment wider than the measure into chunks that fit (at least one character each). */
function splitByChars(seg: Segment, avail: number, metrics: FontMetricsSet): Segment[] {
  const out: Segment[] = [];
  let cur: Segment = { content: [], trailing: [], cw: 0, sw: 0, newlineAfter: false };
  for (const piece of seg.content) {
    let text = '';
    let width = 0;
    for (const ch of piece.text) {
      const w = measure(metrics, piece.style, ch);
      if (cur.cw + width + w > avail + EPS && (cur.cw > 0 || text)) {
        if (text) cur.content.push({ ...piece, text, width });
        cur.cw += width;
        out.push(cur);
        cur = { content: [], trailing: [], cw: 0, sw: 0, newlineAfter: false };
        text = '';
        width = 0;
      }
      text += ch;
      width += w;
    }
    if (text) {
      cur.content.push({ ...piece, text, width });
      cur.cw += width;
    }
  }
  cur.trailing = seg.trailing;
  cur.sw = seg.sw;
  cur.newlineAfter = seg.newlineAfter;
  out.push(cur);
  return out;
}

/**
 * LibreOffice keeps 1/12 of the font height free at the end of a line ending in italic text (its
 * "italic correction" in SwTextGuess); matching it keeps our line breaks, hence pages, equal to
 * LibreOffice's render of the same DOCX.
 */
function italicCorrection(seg: Segment, metrics: FontMetricsSet): number {
  const last = seg.content[seg.content.length - 1];
  if (!last || (last.style.face !== 'italic' && last.style.face !== 'boldItalic')) return 0;
  const m = metrics[last.style.face];
  return ((m.ascent + m.descent) * effectiveSize(last.style)) / 12;
}

/** Single line height of a size in this family (ascent + descent + line gap), as Word computes it. */
export function singleLineHeight(metrics: FontMetricsSet, size: number): number {
  const m = metrics.regular;
  return (m.ascent + m.descent + m.lineGap) * size;
}

function lineBox(p: Paragraph, metrics: FontMetricsSet, segs: Segment[]): { height: number; baseline: number } {
  const sp = p.format.spacing;
  if (sp.kind === 'exact') return { height: sp.pt, baseline: sp.pt * 0.8 };
  let size = 0;
  for (const s of segs) for (const piece of [...s.content, ...s.trailing]) if (!piece.style.superscript) size = Math.max(size, piece.style.size);
  if (size === 0) size = p.runs[0]?.style.size ?? 14;
  const single = singleLineHeight(metrics, size);
  const m = metrics.regular;
  return { height: single * sp.factor, baseline: (m.ascent + m.lineGap) * size };
}

function buildLine(p: Paragraph, metrics: FontMetricsSet, segs: Segment[], indent: number, avail: number, justify: boolean): Line {
  const last = segs[segs.length - 1];
  const pieces: Piece[] = [];
  for (const s of segs) {
    pieces.push(...s.content);
    if (s !== last) pieces.push(...s.trailing);
  }
  const contentW = pieces.reduce((a, x) => a + x.width, 0);
  const spaces = pieces.reduce((a, x) => a + x.spaces, 0);
  let x = indent;
  let extra = 0;
  const align = p.format.align;
  if (align === 'justify' && justify && spaces > 0 && contentW < avail) extra = (avail - contentW) / spaces;
  else if (align === 'center') x += (avail - contentW) / 2;
  else if (align === 'right') x += avail - contentW;
  const fragments: Fragment[] = [];
  const footnotes: Paragraph[][] = [];
  for (const piece of pieces) {
    if (piece.footnote) footnotes.push(piece.footnote);
    const prev = fragments[fragments.length - 1];
    const w = piece.width + piece.spaces * extra;
    if (piece.fixed) {
      const natural = metrics[piece.style.face].width(' ', effectiveSize(piece.style));
      fragments.push({ x, text: ' ', style: piece.style, width: w, spaceExtra: piece.width - natural, fixed: true });
    } else if (prev && !prev.fixed && sameStyle(prev.style, piece.style) && !piece.footnote) {
      prev.text += piece.text;
      prev.width += w;
    } else {
      fragments.push({ x, text: piece.text, style: piece.style, width: w, spaceExtra: extra });
    }
    x += w;
  }
  return { fragments, footnotes, ...lineBox(p, metrics, segs) };
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return a.face === b.face && a.size === b.size && !!a.underline === !!b.underline && !!a.superscript === !!b.superscript;
}

/** Breaks a paragraph into lines for a text block `width` pt wide. */
export function breakParagraph(p: Paragraph, width: number, metrics: FontMetricsSet): Line[] {
  const f = p.format;
  const segs = segmentsOf(p, metrics);
  const lines: Line[] = [];
  let cur: Segment[] = [];
  let curW = 0;
  const availOf = (first: boolean) => Math.max(1, width - f.left - f.right - (first ? f.firstLine : 0));
  const indentOf = (first: boolean) => f.left + (first ? f.firstLine : 0);
  const flush = (justify: boolean) => {
    const first = lines.length === 0;
    lines.push(buildLine(p, metrics, cur, indentOf(first), availOf(first), justify));
    cur = [];
    curW = 0;
  };
  // An index, not shift(): shift() moves the whole array each time.
  let queue = segs;
  let qi = 0;
  while (qi < queue.length) {
    const seg = queue[qi++]!;
    const avail = availOf(lines.length === 0);
    if (cur.length && curW + seg.cw > avail - italicCorrection(seg, metrics) + EPS) flush(true);
    if (!cur.length && seg.cw > availOf(lines.length === 0) + EPS && seg.content.length) {
      const parts = splitByChars(seg, availOf(lines.length === 0), metrics);
      if (parts.length > 1) {
        queue = [...parts, ...queue.slice(qi)];
        qi = 0;
        continue;
      }
    }
    cur.push(seg);
    curW += seg.cw + seg.sw;
    if (seg.newlineAfter) flush(false);
  }
  if (cur.length || lines.length === 0) flush(false);
  return lines;
}

/** The rule under a paragraph's last line, relative to that line's box (x from the block's left). */
export function ruleOf(p: Paragraph, last: Line): PlacedRule | undefined {
  const r = p.ruleUnder;
  if (!r) return undefined;
  let x0 = p.format.left;
  let x1 = x0 + (r.width ?? 0);
  if (r.width === undefined) {
    const frags = last.fragments.filter((fr) => fr.text.trim() !== '');
    if (!frags.length) return undefined;
    x0 = frags[0]!.x;
    const end = frags[frags.length - 1]!;
    x1 = end.x + end.width;
  }
  return { x0, x1, dy: last.height + r.gap, thickness: r.thickness };
}
