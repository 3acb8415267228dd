// Text normalisation shared by parsing, search and rendering.

/** NFC, with control characters (except tab/newline) removed and line endings unified. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g, '');
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
