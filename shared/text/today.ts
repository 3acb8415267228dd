// The one "today" of the app: the calendar date in the office's time zone. `toISOString()` is UTC, so
// before 07:00 in Vietnam it still says yesterday (arrival dates, letter dates and the number series
// year would be a day or a year behind); the computer's own zone can be anything. Works in Node and
// the browser (Intl only). Lint forbids `toISOString().slice(…)`.
import { toIso, type IsoDate } from './dates';

/** The office time zone. Offices in this app are all in Vietnam; one constant, one place. */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(now: Date, timeZone: string): { y: number; m: number; d: number } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', calendar: 'gregory', numberingSystem: 'latn' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** Today's date (ISO YYYY-MM-DD) in `timeZone` at the instant `now`. */
export function todayIn(now: Date, timeZone: string = OFFICE_TIME_ZONE): IsoDate {
  const { y, m, d } = partsIn(now, timeZone);
  const iso = toIso(y, m, d);
  if (!iso) throw new RangeError(`Không xác định được ngày hôm nay (${String(now)}).`);
  return iso;
}

/** The calendar year in `timeZone` at `now` (number series and register years change at local midnight). */
export const localYear = (now: Date, timeZone: string = OFFICE_TIME_ZONE): number => Number(todayIn(now, timeZone).slice(0, 4));

/** The ISO date `days` calendar days after `iso` (negative: before); pure calendar arithmetic, no zone. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toIso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())!;
}
