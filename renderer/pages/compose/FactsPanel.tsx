import { useState } from 'react';
import type { Fact, RichFacts } from '../../../shared/report/types';
import { formatDateShort } from '../../../shared/text/dates';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { replaceEverywhere } from '../../lib/composeDoc';
import { useComposeStore } from '../../stores/composeStore';

type Row = { key: string; label: string; text: string; fact: Fact<unknown> };
const LOW = 0.7;

function rowsOf(f: RichFacts): Row[] {
  const L = vi.compose.factLabels;
  const rows: Row[] = [];
  const one = (key: keyof RichFacts, fact: Fact<unknown> | null, text: (v: unknown) => string) => {
    if (fact) rows.push({ key, label: L[key] ?? key, text: text(fact.value), fact });
  };
  one('body', f.body, String);
  one('kind', f.kind, String);
  one('ordinal', f.ordinal, String);
  one('term', f.term, String);
  one('startDate', f.startDate, (v) => formatDateShort(String(v)));
  one('endDate', f.endDate, (v) => formatDateShort(String(v)));
  one('place', f.place, String);
  f.chairs.forEach((c, i) => rows.push({ key: `chair${i}`, label: L.chair!, text: [c.value.title, c.value.name].filter(Boolean).join(' '), fact: c }));
  return rows;
}

/** Facts drawn from the sources, for the clerk to confirm; a corrected value is replaced in the draft. */
export function FactsPanel() {
  const facts = useComposeStore((s) => s.facts);
  const doc = useComposeStore((s) => s.doc);
  const edit = useComposeStore((s) => s.edit);
  const [edits, setEdits] = useState<Record<string, string>>({});
  if (!facts || !doc) return null;
  const rows = rowsOf(facts);
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
        const low = r.fact.confidence < LOW;
        const value = edits[r.key] ?? r.text;
        return (
          <div className="row-2" key={r.key}>
            <Field label={r.label} warn={low ? `${vi.incoming.lowConfidence} (${vi.compose.confidence(Math.round(r.fact.confidence * 100))})${r.fact.reason ? ` — ${r.fact.reason}` : ''}` : null} hint={vi.compose.confidence(Math.round(r.fact.confidence * 100))}>
              <input value={value} onChange={(e) => setEdits({ ...edits, [r.key]: e.target.value })} />
            </Field>
            <button
              type="button"
              disabled={value === r.text}
              aria-label={vi.compose.applyFact(r.label)}
              onClick={() => edit({ fields: replaceEverywhere(doc.fields, r.text, value) as Record<string, unknown> })}
            >
              {vi.compose.apply}
            </button>
          </div>
        );
      })}
    </section>
  );
}
