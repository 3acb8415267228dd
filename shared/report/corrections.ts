// Values the clerk corrected in the facts panel replace the extracted ones (confidence 1); the draft is
// then rebuilt from them in main, so a corrected date or body reaches the title and the opening alike.
import type { Fact, FactCorrections, Person, RichFacts } from './types';

const corrected = <T>(value: T, was: Fact<T> | null | undefined): Fact<T> => ({ value, confidence: 1, sources: was?.sources ?? [], corrected: true, reason: 'Văn thư đã sửa.' });

export function applyCorrections(facts: RichFacts, c: FactCorrections | undefined): RichFacts {
  if (!c) return facts;
  const out: RichFacts = { ...facts };
  const scalar = <K extends 'body' | 'kind' | 'ordinal' | 'term' | 'startDate' | 'endDate' | 'place'>(key: K) => {
    const v = c[key];
    if (v === undefined) return;
    // An empty text means "not known": the clerk cleared a wrong value.
    (out as Record<K, unknown>)[key] = v === '' ? null : corrected(v, facts[key] as Fact<typeof v> | null);
  };
  (['body', 'kind', 'ordinal', 'term', 'startDate', 'endDate', 'place'] as const).forEach(scalar);
  if (c.chairs) out.chairs = c.chairs.filter((p) => p.name.trim()).map((p: Person, i) => corrected(p, facts.chairs[i]));
  return out;
}
