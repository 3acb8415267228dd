// Facts of one conference from one or more sources, each with its source sentence and a confidence.
import { bodyKey, canonicalBody, genericLevel } from './body';
import { placeForLevel } from './body-place';
import { provinceOf } from './places';
import { findConferences, type ConferenceMention } from './conference';
import { dayMonthIso, dominantYear, findDates, type DayMonth } from './date-mentions';
import { findAdopted, findAttendance, findFigures, overlaps } from './figures';
import { foldAligned } from './fold';
import { findChairs, findGuests, findNames, inferChair } from './people';
import type { DraftContext, Fact, RichFacts, Sentence, SourceDoc, SourceRef } from './types';
import { resolveYear, type YearFound } from './year';

export const refOf = (doc: SourceDoc, s: Sentence): SourceRef => ({ source: doc.index, name: doc.name, sentence: s.index, text: s.text });
type Why = { reason?: string; evidence?: string };
const fact = <T>(value: T, confidence: number, sources: SourceRef[], why: Why = {}): Fact<T> => ({ value, confidence, sources, ...(why.reason ? { reason: why.reason } : {}), ...(why.evidence ? { evidence: why.evidence } : {}) });

export type SourceFacts = { doc: SourceDoc; facts: RichFacts; main: ConferenceMention | null; dayMonths: { from: DayMonth | null; to: DayMonth | null; sentence: Sentence | null } };

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

/** "Đảng bộ tỉnh Hoàng Trung Dũng" (a title's "Tỉnh ủy" followed by its holder): the level only, the place is resolved later. */
function withoutPerson(body: string | null): string | null {
  const m = body ? /^(.*?(?:Đảng bộ|ủy) (?:tỉnh|thành phố)) (.+)$/u.exec(body) : null;
  if (!m || provinceOf(m[2] as string)) return body;
  return findNames(m[2] as string)[0]?.start === 0 ? (m[1] as string) : body;
}

function bodyFact(doc: SourceDoc, main: ConferenceMention, support: ConferenceMention[], ctx: DraftContext): Fact<string> | null {
  const congress = main.kind === 'đại hội';
  const pick = (c: ConferenceMention) => {
    const after = c.body && !c.upper ? canonicalBody(c.body.raw, congress) : null;
    const before = c.organiser ? canonicalBody(c.organiser.raw, congress) : null;
    // "Đảng ủy phường X tổ chức Hội nghị Ban Chấp hành Đảng bộ phường", "Đảng ủy Quân khu 7 tổ chức Hội nghị
    // Đảng ủy Quân khu": the organiser's fuller name of the same body.
    if (before && after && bodyKey(before).startsWith(bodyKey(after)) && (genericLevel(after) || before.length > after.length)) return before;
    return after ?? before;
  };
  const candidates = [main, ...support].map((c) => ({ c, body: withoutPerson(pick(c)) })).filter((x): x is { c: ConferenceMention; body: string } => !!x.body);
  // "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng": the Party itself.
  if (!candidates.length && congress && /toan quoc|cua dang(?![a-z])/.test(foldAligned(main.sentence.text))) return fact('Đảng Cộng sản Việt Nam', 0.8, [refOf(doc, main.sentence)]);
  const named = candidates.find((x) => !genericLevel(x.body));
  const first = named ?? candidates[0];
  if (!first) return null;
  const ref = refOf(doc, first.c.sentence);
  const level = genericLevel(first.body);
  if (!level) return fact(first.body, first.c === main ? 0.9 : 0.8, [ref]);
  // "Ban Chấp hành Đảng bộ tỉnh": the text's own evidence names the place, else the office profile does.
  const found = placeForLevel(level, doc.sentences, ctx.officePlaces);
  if (found) {
    const prefix = first.body.replace(/\s*(?:thành phố|tỉnh|quận|huyện|xã|phường|thị xã|đặc khu)$/iu, '');
    return fact(`${prefix} ${found.name}`, found.confidence, [ref], { reason: found.reason, evidence: found.evidence });
  }
  return fact(first.body, 0.6, [ref], { reason: `Bài không nêu tên ${first.body.replace(/^.*\s(\S+)$/u, '$1')}; cần bổ sung.`, evidence: first.c.sentence.text });
}

/** Facts of one source, with day/month kept even when the year is missing (resolved later). */
export function extractSource(doc: SourceDoc, ctx: DraftContext = {}): SourceFacts {
  // Captions only ever serve as evidence of a place name; bylines and URLs are lines no rule reads.
  const body = doc.sentences.filter((s) => s.kind !== 'caption');
  const mentions = findConferences(body);
  const { main, support } = mainConference(mentions);
  const facts: RichFacts = { body: null, kind: null, ordinal: null, term: null, startDate: null, endDate: null, place: null, chairs: [], guests: [], attendance: null, adopted: [], figures: [], otherSources: [] };
  let dayMonths: SourceFacts['dayMonths'] = { from: null, to: null, sentence: null };
  if (main) {
    const mainRef = refOf(doc, main.sentence);
    facts.body = bodyFact(doc, main, support, ctx);
    facts.kind = fact(main.kind, 0.9, [mainRef]);
    const ord = [main, ...support].find((c) => c.ordinal !== null);
    if (ord) facts.ordinal = fact(ord.ordinal as number, ord === main ? 0.95 : 0.8, [refOf(doc, ord.sentence)]);
    const khoa = [main, ...support].find((c) => c.khoa);
    const years = [main, ...support].find((c) => c.years && c.yearsInWindow) ?? (main.years ? main : null);
    const term = [khoa ? `khóa ${khoa.khoa}` : null, years ? `nhiệm kỳ ${years.years}` : null].filter(Boolean).join(', ');
    if (term) facts.term = fact(term, years && !years.yearsInWindow && !khoa ? 0.7 : 0.9, [...new Set([khoa, years])].filter((c): c is ConferenceMention => !!c).map((c) => refOf(doc, c.sentence)));
    const placed = [main, ...support].find((c) => c.place);
    if (placed) facts.place = fact(placed.place as string, 0.85, [refOf(doc, placed.sentence)]);
    dayMonths = conferenceDays(body, main, support);
  }
  const chairs = findChairs(body);
  const chairList = chairs.length ? chairs : [inferChair(body)].filter((c) => c !== null);
  for (const c of chairList) {
    if (!facts.chairs.some((x) => x.value.name === c.person.name)) facts.chairs.push(fact(c.person, c.confidence, [refOf(doc, c.sentence)], { reason: c.reason, evidence: c.reason ? c.sentence.text : undefined }));
  }
  for (const g of findGuests(body)) {
    if (facts.chairs.some((c) => c.value.name === g.person.name && g.person.name)) continue;
    if (!facts.guests.some((x) => x.value.name === g.person.name && x.value.title === g.person.title)) facts.guests.push(fact(g.person, g.person.name ? 0.8 : 0.6, [refOf(doc, g.sentence)]));
  }
  const att = findAttendance(body);
  if (att) facts.attendance = fact({ present: att.present, total: att.total, members: att.members }, 0.9, [refOf(doc, att.sentence)]);
  facts.adopted = findAdopted(body).map((i) => fact(i.text, 0.8, [refOf(doc, i.sentence)]));
  facts.figures = findFigures(body).map((x) => fact({ value: x.value, text: x.sentence.text }, 0.9, [refOf(doc, x.sentence)]));
  return { doc, facts, main, dayMonths };
}

type DaySpan = { from: DayMonth | null; to: DayMonth | null; sentence: Sentence | null };

function conferenceDays(sentences: Sentence[], main: ConferenceMention, support: ConferenceMention[]): SourceFacts['dayMonths'] {
  // A stated range ("từ ngày 10 đến 12/4/2025") says more than the closing day of the same conference.
  const ranged = [main, ...support].find((c) => c.range);
  let span = (ranged ? spanOf(ranged) : null) ?? spanOf(main) ?? support.map(spanOf).find((x) => x) ?? leadDate(sentences);
  // "Bế mạc Hội nghị …" in the headline: the date in the lead is the closing day.
  const all = [main, ...support];
  const held = /to chuc|dien ra|(?<![a-z])hop(?![a-z])/.test(foldAligned(main.sentence.text));
  if (span && span.from && span.to && span.from === span.to && !held && all.some((c) => c.closing) && !all.some((c) => c.opening)) span = { ...span, from: null };
  return span ? { from: span.from, to: span.to, sentence: span.sentence } : { from: null, to: null, sentence: null };
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

function leadDate(sentences: Sentence[]): DaySpan | null {
  for (const s of sentences.filter((x) => x.kind === 'text').slice(0, 2)) {
    const d = findDates(s.text).find((x) => !x.citation && !x.dateline);
    if (d) return { from: { day: d.day, month: d.month, year: d.year }, to: { day: d.day, month: d.month, year: d.year }, sentence: s };
  }
  return null;
}

/** The year of a day/month: stated, else resolveYear's evidence, else other sources and weaker hints. */
function yearOf(dm: DayMonth, sf: SourceFacts, others: SourceFacts[], facts: RichFacts, ctx: DraftContext): YearFound | null {
  const midtermTerm = facts.kind?.value === 'hội nghị sơ kết giữa nhiệm kỳ' ? (facts.term?.value ?? null) : null;
  if (dm.year !== null) return { year: dm.year, confidence: 0.95, reason: '', evidence: '' };
  const found = resolveYear(dm, { at: sf.dayMonths.sentence, sentences: sf.doc.sentences, publishedDate: ctx.publishedDate });
  if (found) return found;
  for (const o of others) {
    for (const x of [o.dayMonths.from, o.dayMonths.to]) {
      if (x && x.year !== null && x.day === dm.day && x.month === dm.month) return { year: x.year, confidence: 0.8, reason: `Năm ${x.year} lấy từ nguồn "${o.doc.name}".`, evidence: o.dayMonths.sentence?.text ?? '' };
    }
  }
  // A congress opens its term ("Đại hội … lần thứ I, nhiệm kỳ 2025 - 2030" is held in 2025).
  const congressTerm = facts.kind?.value === 'đại hội' && facts.term ? /(\d{4}) - (\d{4})/.exec(facts.term.value) : null;
  if (congressTerm) {
    const year = Number(congressTerm[1]);
    return { year, confidence: 0.6, reason: `Năm ${year} suy ra từ nhiệm kỳ ${congressTerm[1]} - ${congressTerm[2]} (đại hội mở đầu nhiệm kỳ); cần kiểm tra.`, evidence: facts.term?.sources[0]?.text ?? '' };
  }
  const texts = sf.doc.sentences.filter((s) => s.kind !== 'caption').map((s) => s.text);
  const dominant = dominantYear(texts.join('\n'));
  if (dominant) return { year: dominant, confidence: 0.6, reason: `Năm ${dominant} suy ra từ các mốc thời gian khác trong bài; cần kiểm tra.`, evidence: texts.find((t) => t.includes(String(dominant))) ?? '' };
  const term = midtermTerm ? /(\d{4}) - (\d{4})/.exec(midtermTerm) : null;
  if (term) {
    const year = Number(term[1]) + 3;
    return { year, confidence: 0.5, reason: `Năm ${year} suy ra từ nhiệm kỳ ${term[1]} - ${term[2]} (sơ kết giữa nhiệm kỳ thường vào năm thứ ba); cần kiểm tra.`, evidence: sf.main?.sentence.text ?? '' };
  }
  return null;
}

export function dateFact(dm: DayMonth | null, sf: SourceFacts, others: SourceFacts[], facts: RichFacts, ctx: DraftContext = {}): Fact<string> | null {
  if (!dm) return null;
  const r = yearOf(dm, sf, others, facts, ctx);
  if (!r) return null;
  const iso = dayMonthIso({ ...dm, year: r.year });
  if (!iso) return null;
  const at = sf.dayMonths.sentence ?? sf.main?.sentence;
  const src = at ? [refOf(sf.doc, at)] : [];
  return fact(iso, r.confidence, src, { reason: r.reason || undefined, evidence: r.evidence || undefined });
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
