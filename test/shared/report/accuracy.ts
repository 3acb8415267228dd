// Compares extracted facts with the hand-written expectations of test/fixtures/report/expected.json.
import type { PublicFacts } from '../../../shared/report/types';

export type Expected = Omit<PublicFacts, 'adopted' | 'figures'> & { adoptedStartsWith: string[]; figures: string[] };
export const FIELDS = ['body', 'kind', 'ordinal', 'term', 'startDate', 'endDate', 'place', 'chairs', 'attendance', 'adopted', 'figures'] as const;

/** Per field: exactly right or not (adopted: every expected item present as a prefix, and no more than 2× as many; figures: all present). */
export function compareFacts(got: PublicFacts, exp: Expected): Record<(typeof FIELDS)[number], boolean> {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return {
    body: got.body === exp.body,
    kind: got.kind === exp.kind,
    ordinal: got.ordinal === exp.ordinal,
    term: got.term === exp.term,
    startDate: got.startDate === exp.startDate,
    endDate: got.endDate === exp.endDate,
    place: got.place === exp.place,
    chairs: same(got.chairs, exp.chairs),
    attendance: same(got.attendance, exp.attendance),
    adopted: exp.adoptedStartsWith.every((p) => got.adopted.some((a) => a.startsWith(p))) && got.adopted.length <= Math.max(2 * exp.adoptedStartsWith.length, 0) + (exp.adoptedStartsWith.length ? 2 : 0),
    figures: exp.figures.every((v) => got.figures.some((f) => f.value === v)),
  };
}
