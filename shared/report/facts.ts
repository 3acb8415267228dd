// Facts of one conference from one or more sources, each with its source sentence and a confidence.
import { bodyKey, canonicalBody, genericLevel, namedPlaces } from './body';
import { findConferences, type ConferenceMention } from './conference';
import { dayMonthIso, dominantYear, findArticleDate, findDates, type DayMonth } from './date-mentions';
import { findAdopted, findAttendance, findFigures, overlaps } from './figures';
import { foldAligned } from './fold';
import { findChairs, findGuests, inferChair } from './people';
import type { Fact, RichFacts, Sentence, SourceDoc, SourceRef } from './types';

export const refOf = (doc: SourceDoc, s: Sentence): SourceRef => ({ source: doc.index, name: doc.name, sentence: s.index, text: s.text });
const fact = <T>(value: T, confidence: number, sources: SourceRef[], note?: string): Fact<T> => (note ? { value, confidence, sources, note } : { value, confidence, sources });

export type SourceFacts = { doc: SourceDoc; facts: RichFacts; main: ConferenceMention | null; dayMonths: { from: DayMonth | null; to: DayMonth | null } };

/** The conference a source reports: its best-scored mention, completed by compatible ones. */
function mainConference(all: ConferenceMention[]): { main: ConferenceMention | null; support: ConferenceMention[] } {
  const live = all.filter((c) => !c.cited);
  if (live.length === 0) return { main: null, support: [] };
  const main = [...live].sort((a, b) => b.score - a.score || a.sentence.index - b.sentence.index)[0] as ConferenceMention;
  const mainBody = mentionBody(main);
  const sameBody = (c: ConferenceMention) => {
    const b = mentionBody(c);
    return !b || !mainBody || b.startsWith(mainBody) || mainBody.startsWith(b);
  };
  // A mention naming another body ("Hội nghị Trung ương 10" in a Tỉnh ủy's report) is not the same conference.
  const support = live.filter((c) => c !== main && (c.ordinal === null || main.ordinal === null || c.ordinal === main.ordinal) && (c.kind === main.kind || c.kind === 'hội nghị') && sameBody(c));
  return { main, support };
}

function mentionBody(c: ConferenceMention): string | null {
  const raw = c.body && !c.upper ? c.body.raw : c.organiser?.raw;
  return raw ? bodyKey(raw) : null;
}

function bodyFact(doc: SourceDoc, main: ConferenceMention, support: ConferenceMention[]): Fact<string> | null {
  const congress = main.kind === 'đại hội';
  const pick = (c: ConferenceMention) => {
    const after = c.body && !c.upper ? canonicalBody(c.body.raw, congress) : null;
    const before = c.organiser ? canonicalBody(c.organiser.raw, congress) : null;
    if (after && !genericLevel(after)) return after;
    if (before && after && genericLevel(after) && bodyKey(before).startsWith(bodyKey(after))) return before;
    return after ?? before;
  };
  const candidates = [main, ...support].map((c) => ({ c, body: pick(c) })).filter((x): x is { c: ConferenceMention; body: string } => !!x.body);
  // "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng": the Party itself.
  if (!candidates.length && congress && /toan quoc|cua dang(?![a-z])/.test(foldAligned(main.sentence.text))) return fact('Đảng Cộng sản Việt Nam', 0.8, [refOf(doc, main.sentence)]);
  const named = candidates.find((x) => !genericLevel(x.body));
  const first = named ?? candidates[0];
  if (!first) return null;
  const ref = refOf(doc, first.c.sentence);
  const level = genericLevel(first.body);
  if (!level) return fact(first.body, first.c === main ? 0.9 : 0.8, [ref]);
  // "Ban Chấp hành Đảng bộ thành phố": the place named most often in the source completes it.
  const places = namedPlaces(doc.sentences.map((s) => s.text).join('\n'), level);
  const best = [...places.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] >= 2) {
    const prefix = first.body.replace(/\s*(?:thành phố|tỉnh|quận|huyện|xã|phường|thị xã|đặc khu)$/iu, '');
    return fact(`${prefix} ${best[0]}`, 0.7, [ref], `Văn bản chỉ ghi "${first.body}"; tên "${best[0]}" lấy từ địa danh được nhắc nhiều nhất trong văn bản.`);
  }
  return fact(first.body, 0.6, [ref]);
}

/** Facts of one source, with day/month kept even when the year is missing (resolved later). */
export function extractSource(doc: SourceDoc): SourceFacts {
  const mentions = findConferences(doc.sentences);
  const { main, support } = mainConference(mentions);
  const facts: RichFacts = { body: null, kind: null, ordinal: null, term: null, startDate: null, endDate: null, place: null, chairs: [], guests: [], attendance: null, adopted: [], figures: [], otherSources: [] };
  let dayMonths: SourceFacts['dayMonths'] = { from: null, to: null };
  if (main) {
    const mainRef = refOf(doc, main.sentence);
    facts.body = bodyFact(doc, main, support);
    facts.kind = fact(main.kind, 0.9, [mainRef]);
    const ord = [main, ...support].find((c) => c.ordinal !== null);
    if (ord) facts.ordinal = fact(ord.ordinal as number, ord === main ? 0.95 : 0.8, [refOf(doc, ord.sentence)]);
    const khoa = [main, ...support].find((c) => c.khoa);
    const years = [main, ...support].find((c) => c.years && c.yearsInWindow) ?? (main.years ? main : null);
    const term = [khoa ? `khóa ${khoa.khoa}` : null, years ? `nhiệm kỳ ${years.years}` : null].filter(Boolean).join(', ');
    if (term) facts.term = fact(term, years && !years.yearsInWindow && !khoa ? 0.7 : 0.9, [...new Set([khoa, years])].filter((c): c is ConferenceMention => !!c).map((c) => refOf(doc, c.sentence)));
    const placed = [main, ...support].find((c) => c.place);
    if (placed) facts.place = fact(placed.place as string, 0.85, [refOf(doc, placed.sentence)]);
    dayMonths = conferenceDays(doc, main, support);
  }
  const chairs = findChairs(doc.sentences);
  const chairList = chairs.length ? chairs : [inferChair(doc.sentences)].filter((c) => c !== null);
  for (const c of chairList) {
    if (!facts.chairs.some((x) => x.value.name === c.person.name)) facts.chairs.push(fact(c.person, c.confidence, [refOf(doc, c.sentence)], c.note));
  }
  for (const g of findGuests(doc.sentences)) {
    if (facts.chairs.some((c) => c.value.name === g.person.name && g.person.name)) continue;
    if (!facts.guests.some((x) => x.value.name === g.person.name && x.value.title === g.person.title)) facts.guests.push(fact(g.person, g.person.name ? 0.8 : 0.6, [refOf(doc, g.sentence)]));
  }
  const att = findAttendance(doc.sentences);
  if (att) facts.attendance = fact({ present: att.present, total: att.total, members: att.members }, 0.9, [refOf(doc, att.sentence)]);
  facts.adopted = findAdopted(doc.sentences).map((i) => fact(i.text, 0.8, [refOf(doc, i.sentence)]));
  facts.figures = findFigures(doc.sentences).map((x) => fact({ value: x.value, text: x.sentence.text }, 0.9, [refOf(doc, x.sentence)]));
  return { doc, facts, main, dayMonths };
}

type DaySpan = { from: DayMonth | null; to: DayMonth | null; sentence: Sentence | null };

function conferenceDays(doc: SourceDoc, main: ConferenceMention, support: ConferenceMention[]): SourceFacts['dayMonths'] {
  // A stated range ("từ ngày 10 đến 12/4/2025") says more than the closing day of the same conference.
  const ranged = [main, ...support].find((c) => c.range);
  let span = (ranged ? spanOf(ranged) : null) ?? spanOf(main) ?? support.map(spanOf).find((x) => x) ?? leadDate(doc);
  // "Bế mạc Hội nghị …" in the headline: the date in the lead is the closing day.
  const all = [main, ...support];
  const held = /to chuc|dien ra|(?<![a-z])hop(?![a-z])/.test(foldAligned(main.sentence.text));
  if (span && span.from && span.to && span.from === span.to && !held && all.some((c) => c.closing) && !all.some((c) => c.opening)) span = { ...span, from: null };
  return span ? { from: span.from, to: span.to } : { from: null, to: null };
}

function spanOf(c: ConferenceMention): DaySpan | null {
  if (c.range) return { from: c.range.from, to: c.range.to, sentence: c.sentence };
  const d = c.dates[0];
  if (!d) return null;
  const day: DayMonth = { day: d.day, month: d.month, year: d.year };
  // A closing session dates the end; an opening session the start; otherwise a one-day meeting.
  if (c.closing && !c.opening) return { from: null, to: day, sentence: c.sentence };
  if (c.opening && !c.closing) return { from: day, to: null, sentence: c.sentence };
  return { from: day, to: day, sentence: c.sentence };
}

function leadDate(doc: SourceDoc): DaySpan | null {
  for (const s of doc.sentences.filter((x) => x.kind === 'text').slice(0, 2)) {
    const d = findDates(s.text).find((x) => !x.citation);
    if (d) return { from: { day: d.day, month: d.month, year: d.year }, to: { day: d.day, month: d.month, year: d.year }, sentence: s };
  }
  return null;
}

/** The year of a day/month written without one, and how it was found. */
export function resolveYear(dm: DayMonth, doc: SourceDoc, others: SourceFacts[], kindTerm: string | null): { year: number; confidence: number; note: string } | null {
  if (dm.year !== null) return { year: dm.year, confidence: 0.95, note: '' };
  const article = findArticleDate(doc.sentences.map((s) => s.text));
  if (article) {
    const year = dm.month > article.month ? article.year - 1 : article.year;
    return { year, confidence: 0.85, note: `Năm ${year} suy ra từ ngày đăng bài (${article.day}/${article.month}/${article.year}).` };
  }
  for (const o of others) {
    for (const x of [o.dayMonths.from, o.dayMonths.to]) {
      if (x && x.year !== null && x.day === dm.day && x.month === dm.month) return { year: x.year, confidence: 0.8, note: `Năm ${x.year} lấy từ nguồn "${o.doc.name}".` };
    }
  }
  const dominant = dominantYear(doc.sentences.map((s) => s.text).join('\n'));
  if (dominant) return { year: dominant, confidence: 0.7, note: `Năm ${dominant} suy ra từ các mốc thời gian khác trong bài.` };
  const term = kindTerm ? /(\d{4}) - (\d{4})/.exec(kindTerm) : null;
  if (term) {
    const year = Number(term[1]) + 3;
    return { year, confidence: 0.5, note: `Năm ${year} suy ra từ nhiệm kỳ ${term[1]} - ${term[2]} (sơ kết giữa nhiệm kỳ thường vào năm thứ ba); cần kiểm tra.` };
  }
  return null;
}

export function dateFact(dm: DayMonth | null, sf: SourceFacts, others: SourceFacts[], facts: RichFacts): Fact<string> | null {
  if (!dm) return null;
  const midterm = facts.kind?.value === 'hội nghị sơ kết giữa nhiệm kỳ' ? (facts.term?.value ?? null) : null;
  const r = resolveYear(dm, sf.doc, others, midterm);
  if (!r) return null;
  const iso = dayMonthIso({ ...dm, year: r.year });
  if (!iso) return null;
  const src = sf.main ? [refOf(sf.doc, sf.main.sentence)] : [];
  return fact(iso, r.confidence, src, r.note || undefined);
}

/** Do two sources report the same conference? Unknown parts never disagree. */
export function sameConference(a: SourceFacts, b: SourceFacts): boolean {
  if (!a.main || !b.main) return true;
  const oa = a.facts.ordinal?.value;
  const ob = b.facts.ordinal?.value;
  if (oa !== undefined && ob !== undefined && oa !== ob) return false;
  const ba = a.facts.body ? bodyKey(a.facts.body.value) : null;
  const bb = b.facts.body ? bodyKey(b.facts.body.value) : null;
  if (ba && bb && !ba.startsWith(bb) && !bb.startsWith(ba) && !overlaps(ba, bb, 0.9)) return false;
  const da = a.dayMonths.from ?? a.dayMonths.to;
  const db = b.dayMonths.from ?? b.dayMonths.to;
  if (da && db && (da.month !== db.month || Math.abs(da.day - db.day) > 3)) return false;
  return true;
}
