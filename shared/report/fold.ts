// Length-preserving folding: regexes run on the folded copy (no diacritics, lower case) and the
// match offsets slice the original text, so extracted values keep the source's own spelling.
import { foldVietnamese } from '../text/normalize';

const cache = new Map<string, string>();

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    const folded = foldVietnamese(c);
    f = folded.length === 1 ? folded : c;
    cache.set(c, f);
  }
  return f;
}

/** Same length as `s` (UTF-16 units); ASCII letters stay, Vietnamese letters lose their marks. */
export function foldAligned(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = ch.charCodeAt(0);
    if (code < 0x80) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else if (code >= 0xd800 && code <= 0xdfff) out += ch;
    else out += foldChar(ch);
  }
  return out;
}

/** Roman numeral (I..MMM) → number, or null. */
export function romanToNumber(s: string): number | null {
  const r = s.toUpperCase();
  if (!/^[IVXLCDM]+$/.test(r)) return null;
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const v = val[r[i] as string] as number;
    const next = i + 1 < r.length ? (val[r[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return total;
}

const UNIT_WORDS: Record<string, number> = { mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
/** Folded number words, for regexes that must take a whole written ordinal ("mười một", "hai mươi"). */
export const NUMBER_WORD = '(?:nhat|mot|hai|ba|tu|bon|nam|lam|sau|bay|tam|chin|muoi)';

/** "nhất", "chín", "mười một", "hai mươi", "hai mươi mốt" (folded words) → 1, 9, 11, 20, 21; else null. */
function wordNumber(words: string[]): number | null {
  const [a, b, c] = words;
  if (words.length === 1 && a === 'nhat') return 1;
  if (a === 'muoi') {
    if (words.length === 1) return 10;
    const u = UNIT_WORDS[b as string];
    return words.length === 2 && u !== undefined ? 10 + u : null;
  }
  const tens = UNIT_WORDS[a as string];
  if (tens === undefined || a === 'mot' || a === 'lam') return null;
  if (words.length === 1) return tens;
  if (b !== 'muoi' || tens < 2) return null;
  if (words.length === 2) return tens * 10;
  const u = UNIT_WORDS[c as string];
  return words.length === 3 && u !== undefined ? tens * 10 + u : null;
}

/** "21", "XVI", "sáu", "mười một" → 21, 16, 6, 11. */
export function ordinalValue(raw: string): number | null {
  const t = raw.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const roman = romanToNumber(t);
  if (roman !== null) return roman;
  return wordNumber(foldAligned(t).split(/\s+/));
}

/** Syllable tokens of a folded string, for overlap comparisons. */
export function tokens(s: string): string[] {
  return foldAligned(s).split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}
