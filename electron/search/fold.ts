// Folding for search. The index uses foldVietnamese; snippets need a fold that keeps every UTF-16
// position, so a match found in the folded text marks the same span of the original.
import { foldVietnamese } from '../../shared/text/normalize';

const cache = new Map<string, string>();

/** foldVietnamese applied one character at a time: same length as the input, position for position. */
export function foldKeepingOffsets(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : s[i]!;
      continue;
    }
    const c = s[i]!;
    let f = cache.get(c);
    if (f === undefined) {
      const folded = foldVietnamese(c);
      // A lone combining mark folds to '' and a few letters lower-case to two characters: keep
      // such characters as they are so offsets stay aligned.
      f = folded.length === 1 ? folded : c;
      if (cache.size < 10_000) cache.set(c, f);
    }
    out += f;
  }
  return out;
}

/** Search tokens of a text: folded, split on anything that is not a letter or digit (as FTS5 unicode61 does). */
export const tokensOf = (s: string): string[] => foldVietnamese(s.normalize('NFC')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
