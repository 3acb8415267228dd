// The signer's name on a scan, where the seal and the pen stroke cross it: seal fragments read as
// words are dropped from a line, and when the signature cell gave no name, the lower part of the
// last page is read again as one block (see scan.ts) and the name is taken from there — the
// lowest line of 2–5 capitalised syllables, as the parser recognises names.
import { fold } from '../../shared/parse/lines';
import { isNameLike, surnameByFold } from '../../shared/parse/signature';
import type { OcrLine, OcrWord } from './engine';
import type { Rect } from './image';

/** The letters Vietnamese is written with (and f, j, w, z of codes and foreign names), both cases. */
const VI_LETTERS = new Set(
  [...'aăâeêioôơuưy'].flatMap((v) => ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'].map((m) => (v + m).normalize('NFC'))).concat([...'bcdđghklmnpqrstvxfjwz']).flatMap((c) => [c, c.toUpperCase()]),
);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * A line without the seal's fragments: unsure words in letters Vietnamese does not use, and words
 * tesseract is very unsure of (confidence < 40) that are much shorter than the line's letters or
 * stand far off from its other words (only in lines of three words or more: something to compare with).
 */
export function dropFragments<L extends OcrLine>(l: L): L {
  // Letters Vietnamese does not use ("Ñ", "ƒ", "€"), read without confidence: debris of a seal or of noise.
  const alien = (w: OcrWord) => w.conf < 70 && [...w.text.normalize('NFC')].some((ch) => !VI_LETTERS.has(ch) && !/[\p{N}\p{P}]/u.test(ch));
  if (l.words.length < 3) {
    const keep = l.words.filter((w) => !alien(w));
    return keep.length === l.words.length || !keep.length ? l : { ...l, words: keep, text: keep.map((w) => w.text).join(' ') };
  }
  const hs = median(l.words.map((w) => w.y1 - w.y0));
  const far = (w: OcrWord, i: number) => {
    const prev = l.words[i - 1];
    const next = l.words[i + 1];
    const gap = Math.min(prev ? w.x0 - prev.x1 : Infinity, next ? next.x0 - w.x1 : Infinity);
    return gap > 2 * hs;
  };
  const keep = l.words.filter((w, i) => !alien(w) && !(w.conf < 40 && (w.y1 - w.y0 < 0.5 * hs || far(w, i))));
  if (keep.length === l.words.length) return l;
  return { ...l, words: keep, text: keep.map((w) => w.text).join(' ') };
}

const NAME_WORD = /^\p{Lu}\p{Ll}{0,6}$/u;

/**
 * OCR slips on the capitals of a name, repaired only where one reading is possible: a capital read
 * as "1", "l", "I" or "J" is T before h/r (Vietnamese has "Th", "Tr", never "Lh", "Ir", "Jh"), and L or T
 * where that makes the first word a surname; a surname with a wrong tone mark ("Trấn") is the one
 * surname written that way ("Trần").
 */
function repairNameWords(words: string[]): string[] {
  return words.map((w, i) => {
    let x = w;
    const m = /^[1lI|J]([hr]?)(\p{Ll}+)$/u.exec(x);
    if (m && (m[1] || x[0] !== 'J')) {
      if (m[1]) x = `T${m[1]}${m[2]}`;
      else if (i === 0) x = ['L', 'T'].map((c) => c + m[2]).find((c) => surnameByFold.has(fold(c))) ?? x;
    }
    if (i === 0 && NAME_WORD.test(x)) x = surnameByFold.get(fold(x)) ?? x;
    return x;
  });
}

/** A name the parser read from OCR text, with the same repairs ("Hỗ Ngọc Nhẫn" → "Hồ Ngọc Nhẫn"). */
export function repairName(name: string): string {
  return repairNameWords(name.split(' ')).join(' ');
}

/** The name in a line: its longest run of capitalised syllables that reads as a name, or null. */
export function nameIn(text: string): { name: string; knownSurname: boolean } | null {
  const raw = text.replace(/[.,;:]+$/u, '').split(/\s+/);
  let best: { name: string; knownSurname: boolean } | null = null;
  for (let i = 0; i < raw.length; i++) {
    for (let j = Math.min(raw.length, i + 5); j >= i + 2; j--) {
      const run = repairNameWords(raw.slice(i, j));
      if (!run.every((w) => NAME_WORD.test(w))) continue;
      const n = isNameLike(run.join(' '));
      if (n.ok && (!best || (n.knownSurname && !best.knownSurname) || (n.knownSurname === best.knownSurname && run.length > best.name.split(' ').length))) {
        best = { name: run.join(' '), knownSurname: n.knownSurname };
      }
    }
  }
  return best;
}

/** The signer's line among lines read from the signature area: the lowest with a name, a known surname first. */
export function signerLine<L extends OcrLine>(lines: L[]): { line: L; name: string } | null {
  const found = lines.map((l) => ({ line: l, n: nameIn(l.text) })).filter((x) => x.n) as { line: L; n: { name: string; knownSurname: boolean } }[];
  const pool = found.some((x) => x.n.knownSurname) ? found.filter((x) => x.n.knownSurname) : found;
  const last = pool.sort((a, b) => a.line.y0 - b.line.y0).pop();
  return last ? { line: last.line, name: last.n.name } : null;
}

/**
 * Where to read the signature again on the last page: from a little above "Nơi nhận" (the
 * signature block's title sits level with it or higher) to the bottom of the page, the Nơi nhận
 * list itself blanked out. Null when the page has no Nơi nhận line to go by.
 */
export function signatureArea(lines: OcrLine[], page: { w: number; h: number }): { zone: Rect; blank: Rect[] } | null {
  const at = lines.findIndex((l) => /^N[ơo]i nh[ậa]n/iu.test(l.text));
  if (at < 0) return null;
  const nn = lines[at]!;
  const lh = nn.y1 - nn.y0;
  const y = Math.max(0, nn.y0 - 4 * lh);
  const zone = { x: 0, y, w: page.w, h: page.h - y };
  // The Nơi nhận list: its heading and the "- …" lines under it, flush left — each only up to its
  // first wide gap (a row read across both cells goes on into the signature block).
  const blank = lines
    .filter((l, i) => i >= at && l.x0 < nn.x0 + 2 * lh && (i === at || /^[-–+•]/u.test(l.text)))
    .map((l) => {
      let end = 0;
      while (end + 1 < l.words.length && l.words[end + 1]!.x0 - l.words[end]!.x1 < 2 * lh) end++;
      const ws = l.words.slice(0, end + 1);
      const x1 = ws.length ? Math.max(...ws.map((w) => w.x1)) : l.x1;
      return { x: l.x0, y: l.y0, w: x1 - l.x0, h: l.y1 - l.y0 };
    });
  return { zone, blank };
}
