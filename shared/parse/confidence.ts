// Confidence per field, from how each value was found. Honest by construction: strong structural
// evidence (a "Số" line, a place-date line, a "Kính gửi" label) scores high; fallbacks and
// conflicting evidence score below 0.5 so the UI asks the clerk to check.
import { looksLikePartyIssuer } from '../numbering/parse';
import { fold } from './lines';
import type { HeaderResult } from './header';

/** Initials of an issuer name + its parent, to compare with the issuer code ("BAN TUYÊN GIÁO" + "QUẬN ỦY …" → "BTGQU"). */
function initials(s: string): string {
  return fold(s)
    .replace(/\bva\b/g, ' ')
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

/** 1 when the code agrees with the names, 0 when it plainly contradicts them, 0.5 when unsure. */
export function codeAgreement(h: HeaderResult): number {
  const code = h.number?.issuerCode;
  if (!code || !h.issuer) return 0.5;
  const c = fold(code).toUpperCase().replace(/[^A-Z]/g, '');
  const issuerInit = initials(h.issuer.replace(/\b(QUẬN|HUYỆN|TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG)\b.*$/u, ''));
  const parentKey = h.parentBody ? fold(h.parentBody) : '';
  const level = /^(tinh|thanh) uy/.test(parentKey) ? 'TU' : /^quan uy/.test(parentKey) ? 'QU' : /^huyen uy/.test(parentKey) ? 'HU' : '';
  if (issuerInit && c.startsWith(issuerInit.slice(0, 3)) && (!level || c.endsWith(level))) return 1;
  if (h.number?.style === 'party' && looksLikePartyIssuer(code)) return 0.6;
  return 0.4;
}

export const clamp = (x: number) => Math.max(0, Math.min(1, Math.round(x * 100) / 100));
