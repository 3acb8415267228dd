import { useEffect, useState } from 'react';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { dateInCurrentTerm, useCountersStore } from '../../stores/countersStore';
import { useNotifications } from '../../stores/notificationsStore';
import { useProfileStore } from '../../stores/profileStore';
import { COMMON_OUTGOING_TYPES } from '../../../shared/numbering/types';
import { todayIn } from '../../../shared/text/today';

const TYPES = COMMON_OUTGOING_TYPES;

/** The next number of each series; setting it below an issued number is refused by the backend. */
export function CountersSection() {
  const { counters, load, setNext } = useCountersStore();
  const profile = useProfileStore((s) => s.profile);
  const [typeCode, setTypeCode] = useState('CV');
  const [next, setNextValue] = useState('');
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="panel form" aria-labelledby="counters-h">
      <h2 id="counters-h">{vi.settings.countersSection}</h2>
      {counters.length > 0 && (
        <ul className="plain-list">
          {counters.map((c) => (
            <li key={c.id}>
              <strong>{c.typeCode || vi.common.all}</strong> · {c.periodLabel}: {vi.settings.counterNext.toLowerCase()} <strong>{c.nextSerial}</strong>
            </li>
          ))}
        </ul>
      )}
      <div className="toolbar">
        <Field label={vi.settings.counterType}>
          <select value={typeCode} onChange={(e) => setTypeCode(e.target.value)}>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </Field>
        <Field label={vi.settings.counterNext} className="narrow">
          <input type="number" min={1} value={next} onChange={(e) => setNextValue(e.target.value)} />
        </Field>
        <button
          type="button"
          disabled={!Number(next)}
          aria-label={vi.settings.counterSet(typeCode)}
          onClick={async () => {
            const today = todayIn(new Date());
            if (await setNext(typeCode, Number(next), dateInCurrentTerm(profile?.terms ?? [], today))) useNotifications.getState().info(vi.settings.countersSaved);
          }}
        >
          {vi.common.save}
        </button>
      </div>
    </section>
  );
}
