import { toneKey } from '../../shared/text/tone';

/** The header fields every OCR test set scores. */
export const OCR_FIELDS = ['number', 'date', 'issuer', 'subject', 'addressees', 'signerName'] as const;

/** Diacritics kept, case and punctuation ignored: "Ủy ban" ≠ "Uy ban", "Số:" ≡ "Số". */
export const sameField = (a: unknown, b: unknown): boolean => {
  const k = (v: unknown) => (Array.isArray(v) ? v.map((x) => toneKey(String(x))) : v == null ? null : toneKey(String(v)));
  return JSON.stringify(k(a)) === JSON.stringify(k(b));
};
