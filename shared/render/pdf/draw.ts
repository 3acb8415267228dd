// Content-stream writer. Each fragment is one TJ show: the real space glyphs are drawn and
// justification is added as TJ adjustments after them (Tw does not apply to 2-byte Identity-H
// codes), so every extractor sees whole lines with spaces.
import { type EmbeddedFonts } from './fonts';
import { effectiveSize, superscriptRise } from './layout/breaker';
import { type Fragment, type Line } from './layout/types';

export function num(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

export class ContentWriter {
  private readonly parts: string[] = [];

  constructor(private readonly fonts: EmbeddedFonts) {}

  /** Draws a line whose box top is at `top` (PDF y, upwards) and left edge at `left`. */
  line(line: Line, left: number, top: number): void {
    const baseline = top - line.baseline;
    const frags = trimTrailingSpaces(line.fragments);
    if (!frags.length) return;
    // One text object per line; after the first fragment the text position already sits where the
    // next one starts (TJ advances it), so no new matrix: extractors see one continuous line.
    const ops: string[] = ['BT', `1 0 0 1 ${num(left + frags[0]!.x)} ${num(baseline)} Tm`];
    let rise = 0;
    for (const fr of frags) {
      const size = effectiveSize(fr.style);
      const r = fr.style.superscript ? superscriptRise(this.fonts.metrics[fr.style.face], fr.style.size) : 0;
      ops.push(`/${this.fonts.resourceName(fr.style.face)} ${num(size)} Tf`);
      if (r !== rise) ops.push(`${num(r)} Ts`);
      rise = r;
      ops.push(`${this.showArray(fr, size)} TJ`);
    }
    ops.push('ET');
    this.parts.push(ops.join('\n'));
    for (const fr of frags) {
      if (!fr.style.underline) continue;
      const m = this.fonts.metrics[fr.style.face];
      const size = effectiveSize(fr.style);
      const thick = Math.max(0.5, m.underlineThickness * size);
      const y = baseline + m.underlinePosition * size - thick / 2;
      const spaces = fr.text.split(' ').length - 1;
      this.rect(left + fr.x, y, m.width(fr.text, size) + spaces * fr.spaceExtra, thick);
    }
  }

  /** A TJ array: glyph codes word by word (cached), with a negative adjustment after each space when justified. */
  private showArray(fr: Fragment, size: number): string {
    const face = fr.style.face;
    const words = fr.text.split(' ');
    const space = this.fonts.encode(face, ' ');
    // TJ units are 1/1000 em; a tenth of one is far below what anyone can see.
    const sep = fr.spaceExtra > 0.0005 ? `${space}) ${num(Math.round((-fr.spaceExtra * 10000) / size) / 10)} (` : space;
    let out = '[(';
    for (let i = 0; i < words.length; i++) {
      if (i > 0) out += sep;
      out += this.fonts.encode(face, words[i]!);
    }
    return `${out})]`;
  }

  /** A filled rectangle (rules, underlines): x, y = lower-left corner. */
  rect(x: number, y: number, w: number, h: number): void {
    this.parts.push(`${num(x)} ${num(y)} ${num(w)} ${num(h)} re f`);
  }

  /** A stroked rectangle (table cell borders): x, y = lower-left corner, `thickness` pt line. */
  strokeRect(x: number, y: number, w: number, h: number, thickness: number): void {
    this.parts.push(`${num(thickness)} w ${num(x)} ${num(y)} ${num(w)} ${num(h)} re S`);
  }

  toString(): string {
    return ['q', '0 g', ...this.parts, 'Q'].join('\n');
  }
}

/** Trailing spaces at a line end are not drawn (they hang in the margin in Word as well). */
function trimTrailingSpaces(frags: Fragment[]): Fragment[] {
  const out = [...frags];
  while (out.length) {
    const last = out[out.length - 1]!;
    const trimmed = last.text.replace(/ +$/, '');
    if (trimmed === last.text) break;
    if (trimmed) {
      out[out.length - 1] = { ...last, text: trimmed };
      break;
    }
    out.pop();
  }
  return out;
}
