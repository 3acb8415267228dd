// The fields the clerk fills: label, kind, required; add, remove, reorder; a table's columns.
import { useState } from 'react';
import type { FieldType } from '../../../shared/templates/types';
import { FIELD_TYPES } from '../../../shared/templates/types';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useTemplatesStore } from '../../stores/templatesStore';

const t = vi.templates;
const EDITABLE: readonly FieldType[] = ['text', 'longText', 'date', 'textList', 'citations', 'table'];

export function TemplateFields({ readOnly }: { readOnly: boolean }) {
  const { draft, change, addField, removeField, moveField } = useTemplatesStore();
  const [label, setLabel] = useState('');
  const [type, setType] = useState<FieldType>('text');
  if (!draft) return null;
  const entries = Object.entries(draft.fields);
  return (
    <fieldset className="template-fields" disabled={readOnly}>
      <legend>{t.fields}</legend>
      {entries.map(([key, f], i) => (
        <div key={key} className="field-row">
          <Field label={`${t.fieldLabel} ${i + 1}`}>
            <input value={f.label} onChange={(e) => change((d) => ({ ...d, fields: { ...d.fields, [key]: { ...f, label: e.target.value } } }))} />
          </Field>
          <Field label={`${t.fieldType} ${i + 1}`}>
            <select value={f.type} onChange={(e) => change((d) => ({ ...d, fields: { ...d.fields, [key]: { ...f, type: e.target.value as FieldType, ...(e.target.value === 'table' && !f.columns ? { columns: [{ key: 'noiDung', label: 'Nội dung', width: 1 }] } : {}) } } }))}>
              {FIELD_TYPES.filter((ft) => EDITABLE.includes(ft) || ft === f.type).map((ft) => (
                <option key={ft} value={ft}>
                  {t.fieldTypes[ft]}
                </option>
              ))}
            </select>
          </Field>
          <label className="check">
            <input type="checkbox" checked={f.required} onChange={(e) => change((d) => ({ ...d, fields: { ...d.fields, [key]: { ...f, required: e.target.checked } } }))} />
            {t.fieldRequired}
          </label>
          {f.type === 'table' ? (
            <Field label={t.columns}>
              <textarea
                rows={3}
                value={(f.columns ?? []).map((c) => c.label).join('\n')}
                onChange={(e) => {
                  const labels = e.target.value.split('\n');
                  change((d) => ({ ...d, fields: { ...d.fields, [key]: { ...f, columns: labels.map((l, j) => ({ key: f.columns?.[j]?.key ?? `cot${j + 1}`, label: l, width: f.columns?.[j]?.width ?? 1 })) } } }));
                }}
              />
            </Field>
          ) : null}
          <button type="button" className="link-button" aria-label={t.fieldUp(f.label)} disabled={i === 0} onClick={() => moveField(key, -1)}>
            ↑
          </button>
          <button type="button" className="link-button" aria-label={t.fieldDown(f.label)} disabled={i === entries.length - 1} onClick={() => moveField(key, 1)}>
            ↓
          </button>
          <button type="button" className="link-button" aria-label={t.removeField(f.label)} onClick={() => removeField(key)}>
            {vi.common.remove}
          </button>
        </div>
      ))}
      <div className="field-row">
        <Field label={t.newFieldLabel}>
          <input value={label} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <Field label={t.fieldType}>
          <select value={type} onChange={(e) => setType(e.target.value as FieldType)}>
            {EDITABLE.map((ft) => (
              <option key={ft} value={ft}>
                {t.fieldTypes[ft]}
              </option>
            ))}
          </select>
        </Field>
        <button
          type="button"
          disabled={!label.trim()}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            addField(label, type);
            setLabel('');
          }}
        >
          {t.addField}
        </button>
      </div>
    </fieldset>
  );
}
