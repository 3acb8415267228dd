import { useState } from 'react';
import { CONFERENCE_KINDS, type Fact, type FactCorrections, type RichFacts } from '../../../shared/report/types';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { quickReportFields } from '../../../shared/report/template-data';
import { useComposeStore } from '../../stores/composeStore';

type Key = 'body' | 'kind' | 'ordinal' | 'term' | 'startDate' | 'endDate' | 'place';
type Row = { key: Key; label: string; text: string; fact: Fact<unknown> | null; date?: boolean };
/** Below this, or when a rule inferred it, the clerk is asked to look. */
const SURE = 0.9;
// A missing body or date is asked for; a missing place or term is simply absent from many articles.
const ASK_WHEN_MISSING = new Set<Key>(['body', 'startDate', 'endDate']);

function rowsOf(f: RichFacts): Row[] {
  const L = vi.compose.factLabels;
  const rows: Row[] = [];
  const one = (key: Key, fact: Fact<unknown> | null, date = false) => {
    if (fact || ASK_WHEN_MISSING.has(key)) rows.push({ key, label: L[key] ?? key, text: fact ? String(fact.value) : '', fact, ...(date ? { date } : {}) });
  };
  one('body', f.body);
  one('kind', f.kind);
  one('ordinal', f.ordinal);
  one('term', f.term);
  one('startDate', f.startDate, true);
  one('endDate', f.endDate, true);
  one('place', f.place);
  return rows;
}

/** Why a fact is what it is: the sentence or line it rests on, and the rule's reason. */
function Why({ fact }: { fact: Fact<unknown> | null }) {
  if (!fact) return <p className="fact-why field-note-warn">{vi.compose.factMissing}</p>;
  if (fact.corrected) return <p className="fact-why muted">{vi.compose.factCorrected}</p>;
  if (!fact.reason && !fact.evidence) return null;
  return (
    <p className="fact-why muted">
      {fact.reason}
      {fact.evidence ? (
        <>
          {fact.reason ? ' ' : ''}
          <span>{vi.compose.factEvidence(fact.evidence)}</span>
        </>
      ) : null}
    </p>
  );
}

const warnOf = (fact: Fact<unknown> | null) =>
  !fact ? vi.compose.factMissing : fact.confidence < SURE ? `${vi.incoming.lowConfidence} (${vi.compose.confidence(Math.round(fact.confidence * 100))})` : null;

/**
 * Facts drawn from the sources, each with its evidence when inferred, for the clerk to confirm or correct.
 * Corrections go to main (report:draft with `corrections`); the title and composed opening are replaced.
 */
export function FactsPanel() {
  const facts = useComposeStore((s) => s.facts);
  const doc = useComposeStore((s) => s.doc);
  const edit = useComposeStore((s) => s.edit);
  const correctFacts = useComposeStore((s) => s.correctFacts);
  const busy = useComposeStore((s) => s.busy);
  const canCorrect = useComposeStore((s) => s.report !== null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  if (!facts || !doc) return null;
  const rows = rowsOf(facts);
  const chairs = facts.chairs.map((c) => ({ name: c.value.name, title: c.value.title ?? '' }));
  const chairText = (i: number, part: 'name' | 'title') => edits[`chair${i}.${part}`] ?? chairs[i]?.[part] ?? '';
  const changed = rows.some((r) => edits[r.key] !== undefined && edits[r.key] !== r.text) || chairs.some((c, i) => chairText(i, 'name') !== c.name || chairText(i, 'title') !== c.title);

  const apply = async () => {
    const c: Record<string, unknown> = {};
    for (const r of rows) {
      const v = edits[r.key];
      if (v === undefined || v === r.text) continue;
      c[r.key] = r.key === 'ordinal' ? (v.trim() ? Number(v) : undefined) : v.trim();
    }
    if (chairs.some((x, i) => chairText(i, 'name') !== x.name || chairText(i, 'title') !== x.title)) {
      c.chairs = chairs.map((_, i) => ({ name: chairText(i, 'name').trim(), title: chairText(i, 'title').trim() || null }));
    }
    const r = await correctFacts(c as FactCorrections);
    if (!r) return;
    // Only what the facts compose changes (title, opening sentence); the clerk's edits elsewhere stay.
    const fresh = quickReportFields(r.draft).fields;
    const opening = Array.isArray(doc.fields.opening) ? [...(doc.fields.opening as string[])] : [];
    const freshOpening = fresh.opening[0] ?? '';
    edit({ fields: { ...doc.fields, subject: fresh.subject, opening: [freshOpening, ...opening.slice(1)] } });
    setEdits({});
  };

  return (
    <section className="panel facts" aria-labelledby="facts-h">
      <h2 id="facts-h">{vi.compose.factsTitle}</h2>
      <p className="muted">{vi.compose.factsHint}</p>
      {facts.otherSources.map((o) => (
        <p key={o.source} className="banner banner-warn">
          {vi.compose.otherSources(o.name, o.reason)}
        </p>
      ))}
      {rows.map((r) => {
        const value = edits[r.key] ?? r.text;
        const set = (v: string) => setEdits({ ...edits, [r.key]: v });
        const hint = r.fact ? vi.compose.confidence(Math.round(r.fact.confidence * 100)) : undefined;
        return (
          <div className="fact-row" key={r.key}>
            {r.date ? (
              <DateInput label={r.label} value={value} onChange={set} warn={warnOf(r.fact)} hint={hint} />
            ) : (
              <Field label={r.label} warn={warnOf(r.fact)} hint={hint}>
                {r.key === 'kind' ? (
                  <select value={value} onChange={(e) => set(e.target.value)}>
                    {CONFERENCE_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input value={value} inputMode={r.key === 'ordinal' ? 'numeric' : undefined} onChange={(e) => set(e.target.value)} />
                )}
              </Field>
            )}
            <Why fact={r.fact} />
          </div>
        );
      })}
      {facts.chairs.map((c, i) => (
        <div className="fact-row" key={`chair${i}`}>
          <div className="row-2">
            <Field label={vi.compose.chairName(i + 1)} warn={warnOf(c)} hint={vi.compose.confidence(Math.round(c.confidence * 100))}>
              <input value={chairText(i, 'name')} onChange={(e) => setEdits({ ...edits, [`chair${i}.name`]: e.target.value })} />
            </Field>
            <Field label={vi.compose.chairTitle(i + 1)}>
              <input value={chairText(i, 'title')} onChange={(e) => setEdits({ ...edits, [`chair${i}.title`]: e.target.value })} />
            </Field>
          </div>
          <Why fact={c} />
        </div>
      ))}
      <div className="actions">
        <button type="button" className="primary" disabled={!changed || busy || !canCorrect} onClick={() => void apply()}>
          {vi.compose.applyFacts}
        </button>
      </div>
    </section>
  );
}
