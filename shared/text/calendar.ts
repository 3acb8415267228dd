// A month as a calendar shows it in Vietnam: weeks from Monday (Thứ Hai) to Sunday (Chủ nhật).
import { toIso, type IsoDate } from './dates';

/** Weeks of the month, Monday first; days outside the month are null. */
export function monthGrid(year: number, month: number): (IsoDate | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const lead = (first + 6) % 7;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (IsoDate | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: days }, (_, i) => toIso(year, month, i + 1))];
  while (cells.length % 7) cells.push(null);
  const weeks: (IsoDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month `delta` months from year/month (e.g. previous: -1). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + delta;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}
