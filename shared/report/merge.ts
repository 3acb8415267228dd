// Facts from several sources: pick the conference most sources report, fill gaps from the others.
import { dayMonthIso } from './date-mentions';
import { dateFact, extractSource, sameConference, type SourceFacts } from './facts';
import { overlaps } from './figures';
import { splitSentences } from './sentences';
import type { DraftContext, Fact, RichFacts, SourceDoc, SourceInput } from './types';

export function toDocs(inputs: SourceInput[]): SourceDoc[] {
  return inputs.map((inp, index) => ({ index, name: inp.name?.trim() || `Nguồn ${index + 1}`, sentences: splitSentences(inp.text) }));
}

export type MergedFacts = { facts: RichFacts; used: SourceFacts[] };

export function mergeFacts(docs: SourceDoc[], ctx: DraftContext = {}): MergedFacts {
  const per = docs.map((d) => extractSource(d, ctx));
  const withMain = per.filter((p) => p.main);
  let primary = per[0];
  let bestAgree = -1;
  for (const p of withMain) {
    const agree = per.filter((q) => q.main && sameConference(p, q)).length;
    const score = p.main?.score ?? 0;
    if (agree > bestAgree || (agree === bestAgree && primary?.main && score > primary.main.score + 2)) [primary, bestAgree] = [p, agree];
  }
  if (!primary) return { facts: emptyFacts(), used: [] };
  const used = [primary, ...per.filter((p) => p !== primary && sameConference(primary as SourceFacts, p))];
  const facts: RichFacts = { ...primary.facts, chairs: [], guests: [], adopted: [], figures: [], otherSources: [] };
  for (const p of per) {
    if (!used.includes(p)) facts.otherSources.push({ source: p.doc.index, name: p.doc.name, reason: 'Nguồn này nói về một hội nghị khác; không dùng để soạn.' });
  }
  for (const p of used.slice(1)) {
    const f = p.facts;
    facts.body = better(facts.body, f.body);
    facts.kind ??= f.kind;
    facts.ordinal ??= f.ordinal;
    facts.term = f.term && (!facts.term || f.term.value.length > facts.term.value.length) && facts.term?.confidence !== 0.9 ? f.term : facts.term;
    facts.place ??= f.place;
    if (!facts.attendance) facts.attendance = f.attendance;
    else if (f.attendance) {
      const a = facts.attendance.value;
      const b = f.attendance.value;
      if (a.present === null && b.present !== null) [a.present, a.total] = [b.present, b.total];
      if (a.members.present === null && b.members.present !== null) a.members = { ...b.members };
    }
  }
  // Chairs named with "chủ trì" win over a chair inferred from who spoke.
  const chairs = used.flatMap((p) => p.facts.chairs);
  const explicit = chairs.filter((c) => c.confidence >= 0.9);
  for (const c of explicit.length ? explicit : chairs) pushUnique(facts.chairs, c, (a, b) => a.value.name === b.value.name);
  for (const g of used.flatMap((p) => p.facts.guests)) pushUnique(facts.guests, g, (a, b) => a.value.name === b.value.name && a.value.title === b.value.title);
  for (const a of used.flatMap((p) => p.facts.adopted)) pushUnique(facts.adopted, a, (x, y) => overlaps(x.value, y.value));
  for (const x of used.flatMap((p) => p.facts.figures)) pushUnique(facts.figures, x, (a, b) => a.value.value === b.value.value && overlaps(a.value.text, b.value.text, 0.7));
  // Dates: the primary source's days, the year from its article date or the other sources.
  const days = used.find((p) => p.dayMonths.from || p.dayMonths.to) ?? primary;
  const rest = used.filter((p) => p !== days);
  facts.startDate = dateFact(days.dayMonths.from, days, rest, facts, ctx);
  // The last day of a range written without a year is in the first day's year (an article dated on the
  // opening day says nothing against a closing day after it).
  const { from, to } = days.dayMonths;
  const startYear = facts.startDate ? Number(facts.startDate.value.slice(0, 4)) : null;
  if (from && to && to.year === null && startYear !== null && facts.startDate) {
    const iso = dayMonthIso({ ...to, year: to.month < from.month ? startYear + 1 : startYear });
    facts.endDate = iso ? { ...facts.startDate, value: iso } : null;
  } else facts.endDate = dateFact(to, days, rest, facts, ctx);
  return { facts, used };
}

function better(a: Fact<string> | null, b: Fact<string> | null): Fact<string> | null {
  if (!a) return b;
  if (!b) return a;
  return b.confidence > a.confidence ? b : a;
}

function pushUnique<T>(list: T[], item: T, same: (a: T, b: T) => boolean) {
  if (!list.some((x) => same(x, item))) list.push(item);
}

export const emptyFacts = (): RichFacts => ({ body: null, kind: null, ordinal: null, term: null, startDate: null, endDate: null, place: null, chairs: [], guests: [], attendance: null, adopted: [], figures: [], otherSources: [] });
