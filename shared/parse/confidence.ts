// Confidence per field, from how each value was found. Honest by construction: strong structural
// evidence (a "Số" line, a place-date line, a "Kính gửi" label) scores high; fallbacks and
// conflicting evidence score below 0.5 so the UI asks the clerk to check.
import { looksLikePartyIssuer } from '../numbering/parse';
import { toneKey } from '../text/tone';
import type { HeaderResult } from './header';

const LEVELS: [RegExp, string][] = [
  [/^(TỈNH|THÀNH) ỦY(?= |$)/u, 'TU'],
  [/^HUYỆN ỦY(?= |$)/u, 'HU'],
  [/^QUẬN ỦY(?= |$)/u, 'QU'],
  [/^THỊ ỦY(?= |$)/u, 'TXU'],
  [/^ĐẢNG ỦY KHỐI(?= |$)/u, 'ĐUK'],
  [/^ĐẢNG ỦY(?= |$)/u, 'ĐU'],
  [/^CHI BỘ(?= |$)/u, 'CB'],
  [/^BAN CHẤP HÀNH TRUNG ƯƠNG(?= |$)/u, 'TW'],
];
const levelOf = (name: string | null) => (name ? (LEVELS.find(([re]) => re.test(toneKey(name)))?.[1] ?? null) : null);

/** Initials of a body's name without "VÀ": "BAN TUYÊN GIÁO VÀ DÂN VẬN" → "BTGDV". */
const initials = (s: string) =>
  toneKey(s)
    .split(' ')
    .filter((w) => w && w !== 'VÀ')
    .map((w) => w[0])
    .join('');

/**
 * Whether the Party issuer code agrees with the names in the header (party-format §2.4: initials of
 * the body + initials of the cấp ủy): 1 agrees, 0.7 partly, 0.2 contradicts, 0.5 cannot tell.
 */
export function codeAgreement(h: HeaderResult): number {
  const code = h.number?.issuerCode;
  if (!code || !h.issuer || h.number?.style !== 'party') return 0.5;
  const c = toneKey(code).replace(/ /g, '');
  const own = levelOf(h.issuer);
  if (own) return c === own ? 1 : 0.2; // a cấp ủy signs with its level code alone (TU, HU, ĐU…)
  const body = initials(h.issuer);
  const parent = levelOf(h.parentBody);
  if (parent && c === body + parent) return 1;
  if (body.length >= 2 && c.startsWith(body.slice(0, 3))) return 0.7;
  if (parent && c.endsWith(parent)) return 0.5;
  return looksLikePartyIssuer(code) ? 0.4 : 0.3;
}

export const clamp = (x: number) => Math.max(0, Math.min(1, Math.round(x * 100) / 100));
