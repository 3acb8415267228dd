// Số và ký hiệu: Party "Số 65-CV/BTGQU" (no colon; number-TYPE/ISSUER), State "Số: 454/UBND-NCTH".

export type NumberStyle = 'party' | 'state';

/** Serials below 10 are written with two digits: 01 … 09. */
export const padSerial = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** "65-CV/BTGQU" (party) or "454/UBND-NCTH" (state; công văn omit the type). */
export function formatSymbol(style: NumberStyle, serial: number | null, typeCode: string, issuerCode: string): string {
  const n = serial === null ? '' : padSerial(serial);
  if (style === 'party') return `${n}-${typeCode}/${issuerCode}`;
  return typeCode && typeCode !== 'CV' ? `${n}/${typeCode}-${issuerCode}` : `${n}/${issuerCode}`;
}

/**
 * The whole number line. A draft (serial null) keeps the blank the văn thư fills in by hand:
 * "Số       -CV/BTGQU".
 */
/** `colon` (an office setting) overrides the style's own "Số" / "Số:". */
export function formatNumberLine(style: NumberStyle, serial: number | null, typeCode: string, issuerCode: string, colon?: boolean): string {
  const prefix = (colon ?? style !== 'party') ? 'Số:' : 'Số';
  if (serial === null) {
    const blank = '\u00A0'.repeat(6);
    return style === 'party' ? `${prefix} ${blank}-${typeCode}/${issuerCode}` : `${prefix} ${blank}/${formatSymbol('state', null, typeCode, issuerCode).slice(1)}`;
  }
  return `${prefix} ${formatSymbol(style, serial, typeCode, issuerCode)}`;
}
