// Text normalisation shared by parsing, search and rendering.

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
// eslint-disable-next-line no-control-regex -- the same set plus \r: does the text need any rewriting?
const NEEDS_CLEANING = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/;

/** NFC, with control characters (except tab/newline) removed and line endings unified. */
export function cleanText(s: string): string {
  const nfc = s.normalize('NFC');
  // Most text (every bulk-imported field) is already clean: one scan instead of two rewrites.
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/**
 * Search key: NFC, lower case, diacritics removed, đ→d, runs of non-letters/digits → one space.
 * "Đảng ủy" → "dang uy"; "Thông báo nhanh" → "thong bao nhanh".
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** foldVietnamese plus whitespace/punctuation collapsed: a key for comparing names. */
export function nameKey(s: string): string {
  return foldVietnamese(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Old ("UỶ", "khoá") and new ("ỦY", "khóa") tone-mark placement differ in bytes but not in meaning.
 * Never rewrite a name with this; use it only to compare.
 */
export function toneInsensitiveEquals(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
