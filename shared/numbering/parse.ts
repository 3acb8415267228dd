// Reading "số và ký hiệu": Party "Số 65-CV/BTGQU", "Số 369 - CV/BTGTU", "Số: 65-CV/BTGQU";
// State "Số: 454/UBND-NCTH", "30/2020/NĐ-CP", "123/QĐ-UBND"; and Party symbols mis-cited
// state-style ("24/KH-BTGTU"), which are normalised back to the Party form.
import { DOC_TYPES } from './types';

export type ParsedNumber = {
  /** Normalised symbol without "Số": "65-CV/BTGQU", "454/UBND-NCTH", "30/2020/NĐ-CP". */
  number: string;
  serial: number | null;
  typeCode: string | null;
  issuerCode: string | null;
  style: 'party' | 'state';
  /** True when a state-style citation of a Party document was rewritten to the Party form. */
  normalisedFromState: boolean;
  index: number;
  length: number;
};

const L = 'A-Za-zĐđ';
const TYPE = `[${L}]{1,5}`;
const CODE = `[${L}0-9][${L}0-9&.]{0,24}(?:-[${L}0-9&.]{1,15}){0,3}`;
// Party: 65-CV/BTGQU. Spaces around "-" and "/" are tolerated (fwd-01: "369 - CV/BTGTU").
const PARTY = new RegExp(`(?<![\\d/])(\\d{1,5})\\s*[-–]\\s*(${TYPE})\\s*/\\s*(${CODE})`, 'u');
// State: 30/2020/NĐ-CP, 454/UBND-NCTH, 123/QĐ-UBND, 12/2024/TT-BGDĐT.
const STATE = new RegExp(`(?<![\\d/])(\\d{1,5})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?([${L}][${L}0-9&.]{0,15}(?:\\s*-\\s*[${L}0-9&.]{1,15}){0,3})`, 'u');

const TYPE_CODES = new Set(DOC_TYPES.flatMap((t) => [t.code, ...(t.aliases ?? [])]).map((c) => c.toUpperCase()));
const STATE_ONLY = new Set(['NĐ', 'TTG', 'QYĐ', 'CĐ', 'TT', 'L', 'PL', 'NQ-CP']);

/** Party issuer codes end with the cấp ủy initials (TW, TU, HU, QU, ĐU, ĐUK, CB…) or are a Ban ("BTG…"). */
export function looksLikePartyIssuer(code: string): boolean {
  return /^(?:[A-ZĐ]*(?:TW|TU|HU|QU|TXU|ĐU|ĐUK|CB)|BTG[A-ZĐ]*|VPTW|TW)$/u.test(code.toUpperCase());
}

const canonType = (t: string): string => {
  const up = t.toUpperCase();
  const hit = DOC_TYPES.find((d) => d.code.toUpperCase() === up || d.aliases?.some((a) => a.toUpperCase() === up));
  return hit ? hit.code : t;
};

/** The first document number found in the string (with or without "Số"), or null. */
export function parseDocNumber(input: string): ParsedNumber | null {
  const s = input.normalize('NFC').replace(/\u00A0/g, ' ');
  const p = PARTY.exec(s);
  const st = STATE.exec(s);
  if (p && (!st || p.index <= st.index)) {
    const typeCode = canonType(p[2]!);
    const issuerCode = p[3]!.replace(/[.]+$/, '');
    return { number: `${p[1]}-${typeCode}/${issuerCode}`, serial: Number(p[1]), typeCode, issuerCode, style: 'party', normalisedFromState: false, index: p.index, length: p[0].length };
  }
  if (!st) return null;
  const serial = Number(st[1]);
  const year = st[2];
  const parts = st[3]!.replace(/\s+/g, '').replace(/[.]+$/, '').split('-');
  const first = parts[0]!;
  const known = TYPE_CODES.has(first.toUpperCase());
  if (!year && known && parts.length === 2 && !STATE_ONLY.has(first.toUpperCase()) && looksLikePartyIssuer(parts[1]!)) {
    const typeCode = canonType(first);
    return { number: `${st[1]}-${typeCode}/${parts[1]}`, serial, typeCode, issuerCode: parts[1]!, style: 'party', normalisedFromState: true, index: st.index, length: st[0].length };
  }
  if (parts.length < 2 && !year) {
    // "12/2023" alone is a date fragment or a ratio, not a symbol; a bare code ("454/UBND") is.
    if (!/[A-ZĐ]{2,}/u.test(first)) return null;
  }
  const typeCode = known && parts.length >= 2 ? canonType(first) : null;
  const issuerCode = typeCode ? parts.slice(1).join('-') : parts.join('-');
  const number = `${st[1]}/${year ? `${year}/` : ''}${parts.join('-')}`;
  return { number, serial, typeCode, issuerCode: issuerCode || null, style: 'state', normalisedFromState: false, index: st.index, length: st[0].length };
}

/** A header number line: "Số 65-CV/BTGQU", "Số: 454/UBND-NCTH", "Số:  65 - CV/BTGQU". */
export function parseNumberLine(line: string): ParsedNumber | null {
  const m = /^\s*(?:Số|SỐ)\s*(?:[:.]\s*)?(?=\d)/u.exec(line.normalize('NFC'));
  if (!m) return null;
  const n = parseDocNumber(line.slice(m[0].length));
  return n && n.index === 0 ? { ...n, index: n.index + m[0].length } : null;
}
