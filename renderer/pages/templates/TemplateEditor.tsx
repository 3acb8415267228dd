// The editor of one template: its identity and type, title and trích yếu, the fields, the body,
// defaults (Kính gửi, Nơi nhận, closing, signer, header), and the live PDF with sample values.
import type { SyntheticEvent } from 'react';
import { COMMON_OUTGOING_TYPES, typeOptionLabel } from '../../../shared/numbering/types';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useProfileStore } from '../../stores/profileStore';
import { useTemplatesStore, type TextTarget } from '../../stores/templatesStore';
import { PdfPreview } from '../compose/PdfPreview';
import { InsertField } from './InsertField';
import { TemplateBody } from './TemplateBody';
import { TemplateFields } from './TemplateFields';

const t = vi.templates;
const lines = (s: string) => s.split('\n').map((l) => ({ unit: l }));
const unitsOf = (refs: readonly ({ unit: string } | { group: number })[] | undefined) => (refs ?? []).map((r) => ('unit' in r ? r.unit : `#${r.group}`)).join('\n');

export function TemplateEditor() {
  const { editing, draft, dirty, problems, change, setTypeCode, setFocus, preview, save, close, copyBuiltin, exportTemplate } = useTemplatesStore();
  const signers = useProfileStore((s) => s.profile?.signers ?? []);
  if (!editing || !draft) return null;
  const readOnly = editing.builtin;
  const track = (box: TextTarget['box']) => (e: SyntheticEvent<HTMLInputElement | HTMLTextAreaElement>) => setFocus({ box, caret: e.currentTarget.selectionStart });
  const defaults = draft.defaults ?? { addressees: [], distribution: [], signerIndex: 0 };
  const types = COMMON_OUTGOING_TYPES.includes(draft.typeCode) ? COMMON_OUTGOING_TYPES : [...COMMON_OUTGOING_TYPES, draft.typeCode];
  return (
    <div className="page template-editor">
      <div className="page-head">
        <button type="button" className="link-button" onClick={close}>
          {t.back}
        </button>
        <h2>{draft.name}</h2>
        {readOnly ? (
          <button type="button" className="primary" onClick={() => void copyBuiltin(editing.id)}>
            {t.copy}
          </button>
        ) : (
          <>
            <span className="muted">{dirty ? t.unsaved : editing.version ? t.version(editing.version) : ''}</span>
            <button type="button" className="primary" onClick={() => void save()}>
              {t.save}
            </button>
            <button type="button" disabled={dirty} onClick={() => void exportTemplate(editing.id)}>
              {t.exportTemplate}
            </button>
          </>
        )}
      </div>
      {readOnly ? <p className="muted">{t.readOnly}</p> : null}
      <div className="split">
        <div className="template-form">
          <fieldset disabled={readOnly}>
            <Field label={t.name}>
              <input value={draft.name} onChange={(e) => change((d) => ({ ...d, name: e.target.value }))} />
            </Field>
            <Field label={t.typeCode}>
              <select value={draft.typeCode} onChange={(e) => setTypeCode(e.target.value)}>
                {types.map((c) => (
                  <option key={c} value={c}>
                    {typeOptionLabel(c)}
                  </option>
                ))}
              </select>
            </Field>
            {draft.kind !== 'cong-van' ? (
              <Field label={t.kindTitle}>
                <input value={draft.title ?? ''} onChange={(e) => change((d) => ({ ...d, title: e.target.value }))} onFocus={track('title')} onSelect={track('title')} />
              </Field>
            ) : null}
            <Field label={t.subject} wide>
              <textarea rows={2} value={draft.subject} onChange={(e) => change((d) => ({ ...d, subject: e.target.value }))} onFocus={track('subject')} onSelect={track('subject')} onKeyUp={track('subject')} />
            </Field>
            <label className="check">
              <input type="checkbox" checked={draft.showHeader} onChange={(e) => change((d) => ({ ...d, showHeader: e.target.checked }))} />
              {t.showHeader}
            </label>
          </fieldset>
          {readOnly ? null : <InsertField />}
          <TemplateFields readOnly={readOnly} />
          <TemplateBody readOnly={readOnly} />
          <fieldset disabled={readOnly}>
            <Field label={t.closing} wide>
              <input value={draft.closing} onChange={(e) => change((d) => ({ ...d, closing: e.target.value }))} onFocus={track('closing')} onSelect={track('closing')} />
            </Field>
            {draft.kind === 'cong-van' ? (
              <Field label={t.addressees} wide>
                <textarea rows={3} value={unitsOf(defaults.addressees)} onChange={(e) => change((d) => ({ ...d, defaults: { ...defaults, addressees: lines(e.target.value) } }))} />
              </Field>
            ) : null}
            <Field label={t.distribution} wide>
              <textarea rows={3} value={unitsOf(defaults.distribution)} onChange={(e) => change((d) => ({ ...d, defaults: { ...defaults, distribution: lines(e.target.value) } }))} />
            </Field>
            <Field label={t.signer}>
              <select value={defaults.signerIndex} onChange={(e) => change((d) => ({ ...d, defaults: { ...defaults, signerIndex: Number(e.target.value) } }))}>
                {(signers.length ? signers : [{ name: '1', title: '', authority: '' }]).map((s, i) => (
                  <option key={i} value={i}>
                    {[s.authority, s.title, s.name].filter(Boolean).join(' · ')}
                  </option>
                ))}
              </select>
            </Field>
          </fieldset>
          {problems.length ? (
            <div role="alert" className="problems">
              <strong>{t.problems}</strong>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <section className="panel" aria-label={t.preview}>
          <PdfPreview version={draft} render={preview} debounceMs={50} />
        </section>
      </div>
    </div>
  );
}
