// Plain-text files: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or detected from where the NUL
// bytes fall), else Windows-1258 with a warning. Binary data is refused.
import { importErrors, warnings } from './errors';
import type { ImportWarning } from './types';

function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // Vietnamese in UTF-16: ASCII letters, spaces and digits have a NUL high byte; accented letters do not.
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function controlRatio(s: string): number {
  if (!s.length) return 0;
  let bad = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x80 && c < 0xa0)) bad++;
  }
  return bad / s.length;
}

export function decodeText(b: Uint8Array): { text: string; warnings: ImportWarning[] } {
  const bom: [string, number] | null =
    b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? ['utf-8', 3] : b[0] === 0xff && b[1] === 0xfe ? ['utf-16le', 2] : b[0] === 0xfe && b[1] === 0xff ? ['utf-16be', 2] : null;
  const enc = bom ? bom[0] : utf16Guess(b);
  const start = bom ? bom[1] : 0;
  const body = b.subarray(start);
  const check = (text: string, w: ImportWarning[] = []) => {
    if (controlRatio(text.slice(0, 20000)) > 0.02) throw importErrors.binary();
    return { text, warnings: w };
  };
  const tryDecode = (encoding: string): string | null => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      return null;
    }
  };
  const first = enc ? tryDecode(enc) : null;
  if (first !== null) return check(first);
  const utf8 = tryDecode('utf-8');
  if (utf8 !== null) return check(utf8);
  // Not UTF-8: binary, or an old 8-bit Vietnamese file.
  const nul = body.subarray(0, 4096).filter((x) => x === 0).length;
  if (nul > 0) throw importErrors.binary();
  let text: string;
  try {
    text = new TextDecoder('windows-1258').decode(body);
  } catch {
    throw importErrors.badEncoding();
  }
  return check(text, [{ ...warnings.encodingGuessed }]);
}
