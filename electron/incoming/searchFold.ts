// Folding for search. The index folds đ and lets FTS5 strip the rest (see fts.ts); snippets need
// a fold that keeps every UTF-16 position, so a match found in the folded text marks the same span
// of the original.
import { foldVietnamese } from '../../shared/text/normalize';

// Latin, Latin Extended and Vietnamese (U+1EA0–U+1EF9) all lie below U+2000.
const TABLE_SIZE = 0x2000;
let table: Uint16Array | null = null;

const foldChar = (c: string): string => {
  const folded = foldVietnamese(c);
  // A lone combining mark folds to '' and a few letters lower-case to two characters: keep such
  // characters as they are so offsets stay aligned.
  return folded.length === 1 ? folded : c;
};

function buildTable(): Uint16Array {
  const t = new Uint16Array(TABLE_SIZE);
  for (let code = 0; code < TABLE_SIZE; code++) t[code] = foldChar(String.fromCharCode(code)).charCodeAt(0);
  return t;
}

/** The rest of a fold once a character above U+00FF turned up: two bytes per character from there on. */
function foldWide(s: string, from: number, head: Buffer, t: Uint16Array): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < from; i++) out[i] = head[i]!;
  for (let i = from; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Surrogates and other high code units are copied unchanged (U+2000 and above hold no letters to fold).
    out[i] = code < TABLE_SIZE ? t[code]! : code;
  }
  return Buffer.from(out.buffer, out.byteOffset, out.byteLength).toString('utf16le');
}

/**
 * foldVietnamese applied one character at a time: same length as the input, position for position.
 * Folded Vietnamese is nearly always Latin-1, so the result is built as one byte per character:
 * V8 then keeps a one-byte string, which SQLite's UTF-8 binding copies far faster than UTF-16.
 */
export function foldKeepingOffsets(s: string): string {
  const t = (table ??= buildTable());
  const n = s.length;
  const bytes = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    const f = code < TABLE_SIZE ? t[code]! : code;
    if (f > 0xff) return foldWide(s, i, bytes, t);
    bytes[i] = f;
  }
  return bytes.toString('latin1', 0, n);
}

/** Search tokens of a text: folded, split on anything that is not a letter or digit (as FTS5 unicode61 does). */
export const tokensOf = (s: string): string[] => foldVietnamese(s.normalize('NFC')).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
