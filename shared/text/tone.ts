// Old ("hoà", "thuỷ", "UỶ") vs new ("hòa", "thủy", "ỦY") tone-mark placement. For comparing names
// with their diacritics intact (unlike foldVietnamese, "SỞ" and "SỐ" stay different). Never used
// to rewrite what a document says.

const OLD_STYLE = /(?<![qQgG])([oOuU])([\u0061\u0065\u0079\u0041\u0045\u0059])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\u0300-\u036f])/gu;

/** "HOÀ" → "HÒA", "UỶ" → "ỦY", "khoá" → "khóa"; "quý", "hoàng" unchanged. Returns NFC. */
export function modernTone(s: string): string {
  return s.normalize('NFD').replace(OLD_STYLE, '$1$3$2').normalize('NFC');
}

const NEW_STYLE = /(?<![qQgG])([oOuU])([\u0300\u0301\u0303\u0309\u0323])([\u0061\u0065\u0079\u0041\u0045\u0059])(?![\p{L}\u0300-\u036f])/gu;

/** "HÒA" → "HOÀ", "ỦY" → "UỶ" (the Party headers' old placement, an office's format choice). Returns NFC. */
export function oldTone(s: string): string {
  return s.normalize('NFD').replace(NEW_STYLE, '$1$3$2').normalize('NFC');
}

/** Upper case, new-style tone marks, single spaces, no punctuation: "Quận uỷ  quận 1," → "QUẬN ỦY QUẬN 1". */
export function toneKey(s: string): string {
  return modernTone(s)
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
