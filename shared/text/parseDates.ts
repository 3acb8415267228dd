// Reading dates as Vietnamese documents write them: "ngày 03 tháng 4 năm 2018",
// "ngày  21  tháng 02 năm 2020", "12/7/2023", "12-7-2023", "12.7.2023". The inverse of dates.ts.
import { toIso, type IsoDate } from './dates';

export type FoundDate = { iso: IsoDate; index: number; length: number };

// "ngày" may be missing in citations ("… 10 tháng 7 năm 2023"); tolerate stray spaces and NBSP.
const WORDS = /(?:ng[àa]y\s+)?(\d{1,2})\s+th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/giu;
const NUMERIC = /(?<![\d/.-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})(?![\d/])/gu;

/** Every date written in words or digits in the text, in order of appearance; invalid dates skipped. */
export function findDates(text: string): FoundDate[] {
  const s = text.normalize('NFC').replace(/\u00A0/g, ' ');
  const out: FoundDate[] = [];
  for (const m of s.matchAll(WORDS)) {
    const iso = toIso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of s.matchAll(NUMERIC)) {
    const iso = toIso(Number(m[4]), Number(m[3]), Number(m[1]));
    if (iso && !out.some((o) => m.index >= o.index && m.index < o.index + o.length)) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first date in the text, or null. */
export function parseVietnameseDate(text: string): IsoDate | null {
  return findDates(text)[0]?.iso ?? null;
}

/** A date that starts the string (after "ngày"), e.g. in "ngày 10/7/2023 của …"; null otherwise. */
export function parseLeadingDate(text: string): FoundDate | null {
  const d = findDates(text)[0];
  if (!d) return null;
  const before = text.normalize('NFC').slice(0, d.index);
  return /^[\s,]*(ng[àa]y\s*)?$/iu.test(before) ? d : null;
}

export type PlaceDate = { place: string | null; date: IsoDate; index: number; length: number };

// Place names are mixed case ("Quận 1", "Hà Nội", "TP. Hồ Chí Minh"); the scan backwards from
// ", ngày" stops at upper-case organisation words, numbers-with-slashes and "*", which is how a
// header flattened onto one line ("… BAN TUYÊN GIÁO Quận 1, ngày …") still yields "Quận 1".
const PLACE_DATE = /ng[àa]y\s+(?:\d{1,2}\s+th[áa]ng\s+\d{1,2}\s+n[ăa]m\s+\d{4}|\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4})/iu;

function placeFromPrefix(prefix: string): string | null {
  const tokens = prefix.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && kept.length < 6; i--) {
    const t = tokens[i]!;
    const letters = t.replace(/[^\p{L}]/gu, '');
    // "TP.", "TP.HCM", "Tp.Hồ" are place words although upper case.
    const upperWord = letters.length >= 2 && letters === letters.toUpperCase() && !/^(TP|Tp)(\.|$)/u.test(t);
    if (upperWord || /[/*:;"“”()]/u.test(t) || /^S[ốo]$/u.test(t)) break;
    // A lower-case word means sentence text, not a place — except inside "Thành phố …", "Thị xã …".
    if (letters && !/^\p{Lu}/u.test(letters) && !/^\d/.test(t) && !/^(phố|xã|trấn)$/u.test(t)) break;
    kept.unshift(t);
  }
  while (kept.length && /^\d/.test(kept[0]!)) kept.shift(); // "… năm 2013 Hà Nội": a number never starts a place
  const place = kept.join(' ').replace(/[,.\s]+$/u, '').trim();
  return place && /\p{L}/u.test(place) ? place : null;
}

/** "Quận 1, ngày 12 tháng 7 năm 2023" (anywhere in the string) → {place: "Quận 1", date}. */
export function parsePlaceDate(text: string): PlaceDate | null {
  const s = text.normalize('NFC').replace(/\u00A0/g, ' ');
  const m = PLACE_DATE.exec(s);
  if (!m) return null;
  const date = parseVietnameseDate(m[0]);
  if (!date) return null;
  // The place is what precedes ", ngày" on the same line (at most 80 characters back).
  const lineStart = s.lastIndexOf('\n', m.index - 1) + 1;
  const prefix = s.slice(Math.max(lineStart, m.index - 80), m.index).replace(/,?\s*$/, '');
  const place = prefix.includes(',') && !/,\s*$/.test(prefix) ? placeFromPrefix(prefix.slice(prefix.lastIndexOf(',') + 1)) : placeFromPrefix(prefix);
  // index points at the place (or at "ngày" when there is none) so callers can cut the line there.
  const start = place ? s.lastIndexOf(place, m.index) : m.index;
  return { place, date, index: start, length: m.index + m[0].length - start };
}

// What a clerk types into a date box: "12/7/2023", "12-7-2023", "12.7.2023", "12072023", "12/7/23",
// "120723"; an ISO date (pasted) and "ngày 12 tháng 7 năm 2023" too. Day first, always.
const TYPED = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/u;
const COMPACT = /^(\d{2})(\d{2})(\d{4}|\d{2})$/u;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;
/** "23" → 2023, "98" → 1998 (documents older than 1970 are not typed with two digits). */
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 70 ? 2000 : 1900));

/** The date a date box holds (the whole text, day first), or null when it is not exactly one valid date. */
export function parseDateInput(text: string): IsoDate | null {
  const s = text.normalize('NFC').replace(/\u00A0/g, ' ').trim();
  let m = TYPED.exec(s) ?? COMPACT.exec(s);
  if (m) {
    const [d, mo, y] = m.length === 5 ? [m[1]!, m[3]!, m[4]!] : [m[1]!, m[2]!, m[3]!];
    return toIso(fullYear(y), Number(mo), Number(d));
  }
  if ((m = ISO.exec(s))) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  const found = findDates(s);
  return found.length === 1 && found[0]!.index === 0 && found[0]!.length === s.length ? found[0]!.iso : null;
}
