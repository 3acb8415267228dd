import { useState, type FormEvent, type ReactNode } from 'react';
import { NUMBERING_POLICIES, type OfficeProfileInput, type Signer, type Term } from '../../../shared/domain/profile';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/DateInput';
import { vi } from '../../i18n/vi';
import { useShortcut } from '../../shortcuts';

export type ProfileDraft = {
  parentBody: string;
  issuer: string;
  issuerCode: string;
  place: string;
  shortName: string;
  signers: Signer[];
  terms: Term[];
  numberingPolicy: (typeof NUMBERING_POLICIES)[number];
  formatProfile: string;
  validFrom: string;
  validTo: string | null;
};

export const emptyProfile = (today: string): ProfileDraft => ({
  parentBody: '',
  issuer: '',
  issuerCode: '',
  place: '',
  shortName: '',
  signers: [{ name: '', title: '', authority: '' }],
  terms: [],
  numberingPolicy: 'party',
  formatProfile: 'party-hd36-2018',
  validFrom: today,
  validTo: null,
});

export const toDraft = (p: OfficeProfileInput): ProfileDraft => ({
  parentBody: p.parentBody ?? '',
  issuer: p.issuer,
  issuerCode: p.issuerCode,
  place: p.place,
  shortName: p.shortName ?? '',
  signers: (p.signers ?? []).map((s) => ({ name: s.name, title: s.title, authority: s.authority ?? '' })),
  // Spread keeps fields the form does not edit (e.g. the term's label).
  terms: (p.terms ?? []).map((t) => ({ ...t, end: t.end ?? null })),
  numberingPolicy: p.numberingPolicy ?? 'party',
  formatProfile: p.formatProfile ?? 'party-hd36-2018',
  validFrom: p.validFrom,
  validTo: p.validTo ?? null,
});

type Props = {
  value: ProfileDraft;
  onChange: (next: ProfileDraft) => void;
  onSubmit: (value: OfficeProfileInput) => void;
  submitLabel: string;
  busy?: boolean;
  /** Extra fields shown before the submit button (first run: the next CV number). */
  extra?: ReactNode;
  compact?: boolean;
};

/** The office profile form, used at first run and in Cài đặt. */
export function ProfileForm({ value: v, onChange, onSubmit, submitLabel, busy, extra, compact }: Props) {
  const [formEl, setFormEl] = useState<HTMLFormElement | null>(null);
  const set = <K extends keyof ProfileDraft>(k: K, x: ProfileDraft[K]) => onChange({ ...v, [k]: x });
  const setSigner = (i: number, patch: Partial<Signer>) => set('signers', v.signers.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const setTerm = (i: number, patch: Partial<Term>) => set('terms', v.terms.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (formEl && !formEl.reportValidity()) return;
    onSubmit({ ...v, signers: v.signers.filter((s) => s.name.trim() || s.title.trim()), validTo: v.validTo || null });
  };
  useShortcut('save', busy ? null : () => submit());

  return (
    <form ref={setFormEl} className="form" onSubmit={submit}>
      <div className="grid-2">
        <Field label={vi.profile.parentBody} hint={vi.profile.parentBodyHint}>
          <input value={v.parentBody} maxLength={200} onChange={(e) => set('parentBody', e.target.value)} />
        </Field>
        <Field label={vi.profile.issuer} hint={vi.profile.issuerHint}>
          <input required value={v.issuer} maxLength={200} onChange={(e) => set('issuer', e.target.value)} />
        </Field>
        <Field label={vi.profile.issuerCode} hint={vi.profile.issuerCodeHint}>
          <input required value={v.issuerCode} maxLength={30} onChange={(e) => set('issuerCode', e.target.value)} />
        </Field>
        <Field label={vi.profile.place}>
          <input required value={v.place} maxLength={100} onChange={(e) => set('place', e.target.value)} />
        </Field>
        <Field label={vi.profile.shortName} hint={vi.profile.shortNameHint}>
          <input value={v.shortName} maxLength={200} onChange={(e) => set('shortName', e.target.value)} />
        </Field>
        <DateInput label={vi.profile.validFrom} required value={v.validFrom} onChange={(iso) => set('validFrom', iso)} />
      </div>

      <fieldset>
        <legend>{vi.profile.signers}</legend>
        {v.signers.map((s, i) => (
          <div className="row-fields" key={i}>
            <Field label={vi.profile.signerName}>
              <input value={s.name} maxLength={200} onChange={(e) => setSigner(i, { name: e.target.value })} />
            </Field>
            <Field label={vi.profile.signerTitle}>
              <input value={s.title} maxLength={200} placeholder="PHÓ TRƯỞNG BAN" onChange={(e) => setSigner(i, { title: e.target.value })} />
            </Field>
            <Field label={vi.profile.signerAuthority}>
              <input value={s.authority} maxLength={200} placeholder="K/T TRƯỞNG BAN" onChange={(e) => setSigner(i, { authority: e.target.value })} />
            </Field>
            <button type="button" className="link-button" aria-label={vi.profile.removeSigner(i + 1)} onClick={() => set('signers', v.signers.filter((_, j) => j !== i))}>
              {vi.common.remove}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('signers', [...v.signers, { name: '', title: '', authority: '' }])}>
          {vi.profile.addSigner}
        </button>
      </fieldset>

      {!compact && (
        <>
          <fieldset>
            <legend>{vi.profile.terms}</legend>
            {v.terms.map((t, i) => (
              <div className="row-fields row-fields-4" key={i}>
                <Field label={vi.profile.termName}>
                  <input required value={t.name} maxLength={50} onChange={(e) => setTerm(i, { name: e.target.value })} />
                </Field>
                <Field label={vi.profile.termLabel}>
                  <input value={t.label ?? ''} maxLength={100} placeholder="nhiệm kỳ 2020 - 2025" onChange={(e) => setTerm(i, { label: e.target.value })} />
                </Field>
                <DateInput label={vi.profile.termStart} required value={t.start} onChange={(iso) => setTerm(i, { start: iso })} />
                <DateInput label={vi.profile.termEnd} value={t.end ?? ''} onChange={(iso) => setTerm(i, { end: iso || null })} />
                <button type="button" className="link-button" aria-label={vi.profile.removeTerm(i + 1)} onClick={() => set('terms', v.terms.filter((_, j) => j !== i))}>
                  {vi.common.remove}
                </button>
              </div>
            ))}
            <button type="button" onClick={() => set('terms', [...v.terms, { name: '', start: v.validFrom, end: null, label: '' }])}>
              {vi.profile.addTerm}
            </button>
          </fieldset>
          <div className="grid-2">
            <Field label={vi.profile.numberingPolicy}>
              <select value={v.numberingPolicy} onChange={(e) => set('numberingPolicy', e.target.value as ProfileDraft['numberingPolicy'])}>
                {NUMBERING_POLICIES.map((p) => (
                  <option key={p} value={p}>
                    {vi.profile.policies[p]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={vi.profile.formatProfile}>
              <select value={v.formatProfile} onChange={(e) => set('formatProfile', e.target.value)}>
                {Object.entries({ ...vi.profile.formats, ...(vi.profile.formats[v.formatProfile] ? {} : { [v.formatProfile]: v.formatProfile }) }).map(([k, label]) => (
                  <option key={k} value={k}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <DateInput label={vi.profile.validTo} value={v.validTo ?? ''} onChange={(iso) => set('validTo', iso || null)} />
          </div>
        </>
      )}
      {extra}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
