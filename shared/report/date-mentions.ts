// Dates as news articles and Party documents write them ("Ngày 15/7", "ngày 08 tháng 7 năm 2023",
// "từ ngày 19/01/2026 đến ngày 23/01/2026", "Chiều 15-10", "trong hai ngày 14 và 15/6").
// shared/text/dates.ts only formats dates; parsing lives here because only this part needs it.
import { isValidDate, toIso } from '../text/dates';
import { foldAligned } from './fold';

export type DayMonth = { day: number; month: number; year: number | null };
export type DateMention = DayMonth & {
  start: number;
  end: number;
  /** The date of a cited document ("Nghị quyết số 31-NQ/TW ngày 30 tháng 12 năm 2022"). */
  citation: boolean;
  /** A publication date ("(TTXVN 14/6/2024)", "Cập nhật: 28/12/2021 10:30", "Thứ Ba, 28/12/2021"): not the conference's. */
  dateline: boolean;
};
/** A conference's dates: a range, or one day. */
export type DateSpan = { from: DayMonth; to: DayMonth | null; start: number; end: number };

const WORDS = new RegExp(String.raw`ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*(?:,\s*)?nam\s+(\d{4}))?`, 'g');
const SLASH = /(?<![\d/.,])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?(?![\d/])/g;
const SLASH_CONTEXT = /(?:ngay|sang|chieu|toi|trua|dem|hom|tu|den|va|toi ngay|le|dip|\(\w*|ttxvn|cap nhat|thu [a-z0-9]+,?)\s*$/;
const CITATION_BEFORE = /(?:\d+\s*[-/]\s*[a-z]{1,10}(?:\/[a-z0-9-]+)*|\d+\/\d{4}\/[a-z0-9-]+|so\s+\S+)\s*,?\s*$/;

// "(TTXVN 14/6/2024)", "Cập nhật: 10:30, 28/12/2021", "Đăng ngày: 28/12/2021", "Thứ Ba, 28/12/2021".
const DATELINE_BEFORE = /(?:ttxvn|vna|ttxvn\/vna|cap nhat(?: luc)?|dang luc|ngay dang|dang ngay|xuat ban|\(\s*[a-z.]{2,12}|(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)|gmt[+\d]*)\s*[:,-]?\s*(?:\d{1,2}[:h]\d{2}\s*[,-]?\s*)?(?:ngay\s*)?$/;

function valid(day: number, month: number, year: number | null): boolean {
  return isValidDate(year ?? 2024, month, day);
}

/** Every date in a text, in order. */
export function findDates(text: string): DateMention[] {
  const f = foldAligned(text);
  const out: DateMention[] = [];
  const push = (day: number, month: number, year: number | null, start: number, end: number) => {
    if (!valid(day, month, year)) return;
    if (out.some((d) => start < d.end && end > d.start)) return;
    const before = f.slice(Math.max(0, start - 30), start).replace(/\s*ngay\s*$/, ' ');
    // A line that is only a date ("28/12/2021") is the article's date too.
    const alone = /^\s*$/.test(f.slice(0, start)) && /^\s*$/.test(f.slice(end));
    const dateline = year !== null && (alone || DATELINE_BEFORE.test(f.slice(Math.max(0, start - 24), start)) || /^\s*(?:-\s*)?\d{1,2}:\d{2}/.test(f.slice(end)));
    out.push({ day, month, year, start, end, citation: CITATION_BEFORE.test(before), dateline });
  };
  for (const m of f.matchAll(WORDS)) {
    push(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : null, m.index, m.index + m[0].length);
  }
  // "2021-12-28" (an ISO dateline some sites print).
  for (const m of f.matchAll(/(?<![\d/.-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d/])/g)) push(Number(m[3]), Number(m[2]), Number(m[1]), m.index, m.index + m[0].length);
  for (const m of f.matchAll(SLASH)) {
    const start = m.index;
    const year = m[4] ? Number(m[4]) : null;
    // "192/212", "5/20 chỉ tiêu": a day/month without a year needs a word such as "ngày" before it.
    if (year === null && !SLASH_CONTEXT.test(f.slice(Math.max(0, start - 14), start))) continue;
    if (year === null && m[2] === '.') continue;
    push(Number(m[1]), Number(m[3]), year, start, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);
}

const RANGE_FROM_TO = /tu\s+(?:ngay\s+)?(\d{1,2})(?:\s*[/-]\s*(\d{1,2}))?(?:\s*[/-]\s*(\d{4}))?\s*(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/;
const RANGE_WORDS = /tu\s+ngay\s+(\d{1,2})(?:\s+thang\s+(\d{1,2}))?(?:\s+nam\s+(\d{4}))?\s*(?:den|toi)\s+(?:het\s+)?ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/;
const RANGE_AND = /(?:trong\s+(?:\d|hai|ba|bon)\s+ngay\s*\(?\s*(?:ngay\s+)?|(?:cac\s+)?ngay\s+)(\d{1,2})\s*(?:va|,|-|–|den)\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?/;

/** The first date range in a text ("từ ngày 19 đến 23/01/2026", "trong hai ngày 14 và 15/6"). */
export function findRange(text: string): DateSpan | null {
  const f = foldAligned(text);
  for (const re of [RANGE_WORDS, RANGE_FROM_TO]) {
    const m = re.exec(f);
    if (!m) continue;
    const toMonth = Number(m[5]);
    const toYear = m[6] ? Number(m[6]) : null;
    const fromMonth = m[2] ? Number(m[2]) : toMonth;
    const fromYear = m[3] ? Number(m[3]) : toYear !== null && fromMonth <= toMonth ? toYear : toYear !== null ? toYear - 1 : null;
    const from = { day: Number(m[1]), month: fromMonth, year: fromYear };
    const to = { day: Number(m[4]), month: toMonth, year: toYear };
    if (valid(from.day, from.month, from.year) && valid(to.day, to.month, to.year)) return { from, to, start: m.index, end: m.index + m[0].length };
  }
  const m = RANGE_AND.exec(f);
  if (m) {
    const month = Number(m[3]);
    const year = m[4] ? Number(m[4]) : null;
    const from = { day: Number(m[1]), month, year };
    const to = { day: Number(m[2]), month, year };
    if (from.day < to.day && valid(from.day, month, year) && valid(to.day, month, year)) return { from, to, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

export const dayMonthIso = (d: DayMonth): string | null => (d.year === null ? null : toIso(d.year, d.month, d.day));

/** A dateline ("(TTXVN 14/6/2024)", "Thứ Sáu, 14/06/2024 10:30") among the first lines of an article. */
export function findArticleDate(lines: string[]): { year: number; month: number; day: number; line: number } | null {
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    const line = lines[i] as string;
    const dates = findDates(line).filter((x) => x.year !== null && !x.citation);
    const marked = dates.find((x) => x.dateline);
    const f = foldAligned(line);
    const d = marked ?? (line.length <= 60 || /ttxvn|cap nhat|dang luc|\d{1,2}:\d{2}|^\(?(?:thu\s|chu nhat)|gmt|\(\w+ \d/.test(f) ? dates[0] : undefined);
    if (d && d.year !== null) return { year: d.year, month: d.month, day: d.day, line: i };
  }
  return null;
}

const FUTURE_BEFORE = /(?:den|truoc|vao|toi|sau|giai doan|tam nhin|ky|thoi ky|nhiem ky|khoa)\s*(?:nam\s*)?$/;

/**
 * The year a text is "about": full dates that are not citations, "tháng 6/2023", "đầu năm 2021";
 * future targets ("đến năm 2025", "tầm nhìn 2030") and term spans ("2020-2025") do not count.
 */
export function dominantYear(text: string): number | null {
  const f = foldAligned(text);
  const votes = new Map<number, number>();
  const vote = (y: number, w: number) => votes.set(y, (votes.get(y) ?? 0) + w);
  for (const d of findDates(text)) if (d.year !== null && !d.citation) vote(d.year, 2);
  for (const m of f.matchAll(/(?:thang\s+\d{1,2}\s*(?:\/|nam)\s*|(?:dau|cuoi|ca|trong|ket thuc|hoat dong|cua)\s+nam\s+|quy\s+[ivx1-4]+\s*(?:\/|nam)\s*)((?:19|20)\d{2})(?!\s*[-–]\s*\d{4})/g)) {
    if (!m[0].startsWith('thang') && FUTURE_BEFORE.test(f.slice(Math.max(0, m.index - 12), m.index))) continue;
    vote(Number(m[1]), 1);
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [y, v] of votes) if (v > bestVotes || (v === bestVotes && best !== null && y > best)) [best, bestVotes] = [y, v];
  return best;
}
