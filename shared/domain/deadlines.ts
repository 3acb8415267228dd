// Deadlines (hạn xử lý) in calendar days (default) or working days: Monday to Friday minus the
// office's holiday list. Pure date arithmetic on ISO dates; "today" comes from shared/text/today.
import { formatDateShort } from '../text/dates';
import { parseLeadingDate } from '../text/parseDates';
import { addDays } from '../text/today';

export const DAY_COUNTS = ['calendar', 'working'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

export type Calendar = { dayCount: DayCount; holidays: ReadonlySet<string> };

/** Day of the week of an ISO date, 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const w = weekday(iso);
  return w !== 0 && w !== 6 && !holidays.has(iso);
}

/** `days` days after `start` (calendar), or the `days`-th working day after `start` (working). */
export function deadlineAfter(start: string, days: number, cal: Calendar): string {
  if (cal.dayCount === 'calendar' || days <= 0) return addDays(start, days);
  let d = start;
  for (let n = 0; n < days; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, cal.holidays)) n++;
  }
  return d;
}

/**
 * Days left until `deadline` as the office counts them: 0 = due today, negative = overdue by that
 * many days. Working days: the working days after today up to and including the deadline.
 */
export function daysLeft(today: string, deadline: string, cal: Calendar): number {
  if (cal.dayCount === 'calendar') return Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
  if (deadline === today) return 0;
  const [from, to, sign] = deadline > today ? [today, deadline, 1] : [deadline, today, -1];
  let n = 0;
  // Capped walk: a deadline years away is simply "far".
  for (let d = addDays(from, 1), i = 0; d <= to && i < 3660; d = addDays(d, 1), i++) if (isWorkingDay(d, cal.holidays)) n++;
  return sign * n;
}

/**
 * The holiday list as the office types it, one per line: "02/09/2026 Quốc khánh" (dd/mm/yyyy,
 * "2/9/2026", "02-09-2026" too). Lines that do not start with a date are returned in `bad`.
 */
export function parseHolidayLines(text: string): { holidays: { day: string; name: string }[]; bad: string[] } {
  const holidays: { day: string; name: string }[] = [];
  const bad: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const d = parseLeadingDate(line);
    if (!d) bad.push(line);
    else holidays.push({ day: d.iso, name: line.normalize('NFC').slice(d.index + d.length).replace(/^[\s:,–-]+/, '').trim() });
  }
  return { holidays, bad };
}

export const formatHolidayLines = (list: readonly { day: string; name: string }[]): string => list.map((h) => `${formatDateShort(h.day)} ${h.name}`.trim()).join('\n');
