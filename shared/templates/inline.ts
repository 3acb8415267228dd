// Inline markup of rich text fields: **bold**, *italic*, [^id] footnote reference, "\*" a literal
// asterisk. Plain text fields are escaped before substitution so their asterisks stay literal.
import { type Run } from '../document/spec';

export const escapeMarkup = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\*/g, '\\*').replace(/\[\^/g, '[\\^');

/** Parses markup into runs. Unclosed markers are kept as literal text. */
export function parseInline(src: string): Run[] {
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let buf = '';
  const flush = () => {
    if (buf) runs.push({ text: buf, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    buf = '';
  };
  const hasCloser = (from: number, marker: string) => src.indexOf(marker, from) !== -1;
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '\\' && i + 1 < src.length) {
      buf += src[i + 1];
      i += 2;
      continue;
    }
    if (src.startsWith('**', i) && (bold || hasCloser(i + 2, '**'))) {
      flush();
      bold = !bold;
      i += 2;
      continue;
    }
    if (ch === '*' && (italic || hasCloser(i + 1, '*'))) {
      flush();
      italic = !italic;
      i += 1;
      continue;
    }
    // Only at a "[": a regex on a slice at every character cost more than the rest of the parse.
    const fn = ch === '[' ? /^\[\^([A-Za-z0-9_-]{1,50})\]/.exec(src.slice(i, i + 56)) : null;
    if (fn) {
      flush();
      const last = runs[runs.length - 1];
      if (last && !last.footnote) last.footnote = fn[1];
      else runs.push({ text: '', footnote: fn[1] });
      i += fn[0].length;
      continue;
    }
    buf += ch;
    i += 1;
  }
  flush();
  return runs;
}

/** Concatenated text of runs (for tests, metadata and "is empty" checks). */
export const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
