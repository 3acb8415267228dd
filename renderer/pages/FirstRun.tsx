import { useEffect, useState } from 'react';
import { Field } from '../components/Field';
import { vi } from '../i18n/vi';
import { todayIn } from '../../shared/text/today';
import { dateInCurrentTerm, useCountersStore } from '../stores/countersStore';
import { useProfileStore } from '../stores/profileStore';
import { emptyProfile, ProfileForm, toDraft, type ProfileDraft } from './settings/ProfileForm';

const today = () => todayIn(new Date());

/** Shown while profile:get returns null: a short office-profile form offering the samples. */
export function FirstRun() {
  const samples = useProfileStore((s) => s.samples);
  const loadSamples = useProfileStore((s) => s.loadSamples);
  const save = useProfileStore((s) => s.save);
  const setNext = useCountersStore((s) => s.setNext);
  const [sampleKey, setSampleKey] = useState('');
  const [draft, setDraft] = useState<ProfileDraft>(() => emptyProfile(today()));
  const [nextCv, setNextCv] = useState('1');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadSamples();
  }, [loadSamples]);

  const pick = (key: string) => {
    setSampleKey(key);
    const s = samples.find((x) => x.key === key);
    if (s) {
      const { key: _k, label: _l, ...input } = s;
      setDraft(toDraft(input));
    } else setDraft(emptyProfile(today()));
  };

  return (
    <main className="first-run">
      <h1>{vi.firstRun.title}</h1>
      <p className="lead">{vi.firstRun.intro}</p>
      <Field label={vi.profile.sample}>
        <select value={sampleKey} onChange={(e) => pick(e.target.value)}>
          <option value="">{vi.profile.sampleNone}</option>
          {samples.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <ProfileForm
        compact
        value={draft}
        onChange={setDraft}
        busy={busy}
        submitLabel={vi.firstRun.start}
        extra={
          <Field className="narrow" label={vi.firstRun.nextNumber} hint={vi.firstRun.nextNumberHint}>
            <input type="number" min={1} max={999999} required value={nextCv} onChange={(e) => setNextCv(e.target.value)} />
          </Field>
        }
        onSubmit={async (input) => {
          setBusy(true);
          const saved = await save(input);
          // The profile is saved first: the series of the next number depends on its terms.
          if (saved && Number(nextCv) > 1) await setNext('CV', Number(nextCv), dateInCurrentTerm(saved.terms, today()));
          setBusy(false);
        }}
      />
    </main>
  );
}
