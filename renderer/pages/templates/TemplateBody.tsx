// The body of a template as blocks: paragraphs, sections (I, II), numbered items, lists, tables.
// Text boxes report their caret to the store so "Chèn trường" inserts where the clerk was typing.
import type { SyntheticEvent } from 'react';
import { moveItem } from '../../../shared/templates/edit';
import type { Directive } from '../../../shared/templates/types';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useTemplatesStore, type TextTarget } from '../../stores/templatesStore';

const t = vi.templates;

const kindOf = (d: Directive): string =>
  'each' in d ? 'each' : 'paragraph' in d ? 'paragraph' : 'section' in d ? 'section' : 'item' in d ? 'item' : 'table' in d ? 'table' : 'content' in d ? 'content' : 'sections' in d ? 'sections' : 'separator';

const textOf = (d: Directive): string | null => ('each' in d ? d.paragraph : 'paragraph' in d ? d.paragraph : 'section' in d ? d.section : 'item' in d ? d.item : null);
const fieldOf = (d: Directive): string | null => ('each' in d ? d.each : 'table' in d ? d.table : 'content' in d ? d.content : 'sections' in d ? d.sections : null);

function setText(d: Directive, text: string): Directive {
  if ('paragraph' in d) return { ...d, paragraph: text };
  if ('section' in d) return { ...d, section: text };
  if ('item' in d) return { ...d, item: text };
  return d;
}

function setField(d: Directive, key: string): Directive {
  if ('each' in d) return { ...d, each: key };
  if ('table' in d) return { ...d, table: key };
  if ('content' in d) return { ...d, content: key };
  if ('sections' in d) return { ...d, sections: key };
  return d;
}

/** A choice among the template's fields (optionally "none" = ''). */
function FieldSelect({ label, value, fields, none, onChange }: { label: string; value: string; fields: [string, { label: string }][]; none?: string; onChange: (key: string) => void }) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {none !== undefined ? <option value="">{none}</option> : null}
        {fields.map(([k, f]) => (
          <option key={k} value={k}>
            {f.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function TemplateBody({ readOnly }: { readOnly: boolean }) {
  const { draft, change, setFocus, addBlock } = useTemplatesStore();
  if (!draft) return null;
  const track = (box: TextTarget['box']) => (e: SyntheticEvent<HTMLTextAreaElement>) => setFocus({ box, caret: e.currentTarget.selectionStart });
  const update = (i: number, fn: (d: Directive) => Directive) => change((x) => ({ ...x, body: x.body.map((d, j) => (j === i ? fn(d) : d)) }));
  const fields = Object.entries(draft.fields);
  return (
    <fieldset className="template-body" disabled={readOnly}>
      <legend>{t.body}</legend>
      {draft.body.map((d, i) => {
        const kind = kindOf(d);
        const text = textOf(d);
        const field = fieldOf(d);
        const n = i + 1;
        return (
          <div key={i} className="block-row">
            {text !== null ? (
              <Field label={t.blockText(n, t.blockKinds[kind] ?? kind)} wide>
                <textarea rows={Math.min(8, Math.max(2, Math.ceil(text.length / 90)))} value={text} onChange={(e) => update(i, (x) => setText(x, e.target.value))} onFocus={track(`body.${i}`)} onSelect={track(`body.${i}`)} onKeyUp={track(`body.${i}`)} />
              </Field>
            ) : (
              <span className="block-kind">{t.blockText(n, t.blockKinds[kind] ?? kind)}</span>
            )}
            {field !== null ? (
              <FieldSelect label={t.blockField(n)} value={field} fields={fields} onChange={(k) => update(i, (x) => setField(x, k))} />
            ) : null}
            <FieldSelect
              label={t.blockIf(n)}
              value={d.if ?? ''}
              fields={fields}
              none={t.always}
              onChange={(k) =>
                update(i, (x) => {
                  const { if: _old, ...rest } = x;
                  return (k ? { ...rest, if: k } : rest) as Directive;
                })
              }
            />
            <button type="button" className="link-button" aria-label={t.blockUp(n)} disabled={i === 0} onClick={() => change((x) => ({ ...x, body: moveItem(x.body, i, -1) }))}>
              ↑
            </button>
            <button type="button" className="link-button" aria-label={t.blockDown(n)} disabled={i === draft.body.length - 1} onClick={() => change((x) => ({ ...x, body: moveItem(x.body, i, 1) }))}>
              ↓
            </button>
            <button type="button" className="link-button" aria-label={t.blockRemove(n)} onClick={() => change((x) => ({ ...x, body: x.body.filter((_, j) => j !== i) }))}>
              {vi.common.remove}
            </button>
          </div>
        );
      })}
      <div className="toolbar">
        <button type="button" onClick={() => addBlock({ paragraph: '' })}>
          {t.addParagraph}
        </button>
        <button type="button" onClick={() => addBlock({ section: 'NỘI DUNG' })}>
          {t.addSection}
        </button>
        <button type="button" onClick={() => addBlock({ item: '' })}>
          {t.addItem}
        </button>
      </div>
    </fieldset>
  );
}
