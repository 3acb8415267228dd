// Vietnamese dates as Party and State documents write them.

export type IsoDate = string; // YYYY-MM-DD

const pad2 = (n: number) => String(n).padStart(2, '0');

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

export function toIso(y: number, m: number, d: number): IsoDate | null {
  return isValidDate(y, m, d) ? `${y}-${pad2(m)}-${pad2(d)}` : null;
}

export function parseIso(iso: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * "ngày 03 tháng 4 năm 2018": day < 10 gets a leading zero; months 1 and 2 get one; 3–12 do not
 * (HD 36 and ND 30 alike).
 */
export function formatDateWords(iso: IsoDate): string {
  const { y, m, d } = parseIso(iso);
  return `ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/** "Quận 1, ngày 12 tháng 7 năm 2023". */
export function formatPlaceDate(place: string, iso: IsoDate | null): string {
  if (!iso) return `${place}, ngày     tháng     năm ${''}`.trimEnd();
  return `${place}, ${formatDateWords(iso)}`;
}

/** "12/7/2023" style used in citations ("ngày 10/7/2023"). */
export function formatDateShort(iso: IsoDate): string {
  const { y, m, d } = parseIso(iso);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}
