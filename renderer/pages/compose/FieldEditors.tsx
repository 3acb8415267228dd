// Editors for the template's typed fields: text, paragraphs (content), sections, citations, lists.
import type { SourceRef } from '../../../shared/report/types';
import type { Citation } from '../../../shared/templates/fields';
import type { FieldDef } from '../../../shared/templates/types';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/DateInput';
import { vi } from '../../i18n/vi';
import { TableEditor } from './TableEditor';

type Sources = Record<string, SourceRef[]>;
type EditorProps<T> = { name: string; def: FieldDef; value: T; onChange: (v: T) => void; sources: Sources };

type Entry = string | { paragraph?: string; heading?: string; item?: string; marker?: string; separator?: true; pageBreak?: true; [k: string]: unknown };
const entryText = (e: Entry) => (typeof e === 'string' ? e : (e.paragraph ?? e.heading ?? e.item ?? ''));
const withText = (e: Entry, t: string): Entry =>
  typeof e === 'string' ? t : 'paragraph' in e ? { ...e, paragraph: t } : 'heading' in e ? { ...e, heading: t } : 'item' in e ? { ...e, item: t } : e;

function SourceNote({ refs }: { refs: SourceRef[] | undefined }) {
  if (!refs || refs.length === 0) return null;
  return (
    <div className="sources" aria-label={vi.compose.sources}>
      {refs.slice(0, 3).map((r, i) => (
        <p key={i}>
          <strong>{r.name}</strong>: {r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}
        </p>
      ))}
    </div>
  );
}

/** Grows a textarea with its text so long paragraphs stay readable without inner scrolling. */
const rowsFor = (t: string) => Math.min(14, Math.max(2, Math.ceil(t.length / 48) + t.split('\n').length - 1));

export function ContentEditor({ name, def, value, onChange, sources, path = name }: EditorProps<Entry[]> & { path?: string }) {
  const list = Array.isArray(value) ? value : [];
  const set = (i: number, e: Entry) => onChange(list.map((x, j) => (j === i ? e : x)));
  return (
    <fieldset className="content-editor">
      <legend>{def.label}</legend>
      {list.map((e, i) => {
        const fixed = typeof e !== 'string' && (e.separator || e.pageBreak);
        const isHeading = typeof e !== 'string' && 'heading' in e;
        const label = isHeading ? vi.compose.heading(def.label, i + 1) : vi.compose.paragraph(def.label, i + 1);
        return (
          <div className="para-row" key={i}>
            {fixed ? (
              <div className="muted">{e.separator ? '* * *' : '—'}</div>
            ) : isHeading ? (
              <Field label={label}>
                <input value={entryText(e)} onChange={(ev) => set(i, withText(e, ev.target.value))} />
              </Field>
            ) : (
              <Field label={label}>
                <textarea rows={rowsFor(entryText(e))} value={entryText(e)} onChange={(ev) => set(i, withText(e, ev.target.value))} />
              </Field>
            )}
            <div className="para-side">
              <SourceNote refs={sources[`${path}.${i}`]} />
              <button type="button" className="link-button" aria-label={vi.compose.removeParagraph(def.label, i + 1)} onClick={() => onChange(list.filter((_, j) => j !== i))}>
                {vi.common.remove}
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...list, ''])}>
        {vi.compose.addParagraph}
      </button>
    </fieldset>
  );
}

type Section = { title: string; label?: string; content: Entry[]; plain?: boolean };
export function SectionsEditor({ name, def, value, onChange, sources }: EditorProps<Section[]>) {
  const list = Array.isArray(value) ? value : [];
  const set = (i: number, s: Section) => onChange(list.map((x, j) => (j === i ? s : x)));
  return (
    <fieldset>
      <legend>{def.label}</legend>
      {list.map((s, i) => (
        <div className="section-editor" key={i}>
          <div className="row-2">
            <Field label={vi.compose.sectionTitle(i + 1)}>
              <input value={s.title} onChange={(e) => set(i, { ...s, title: e.target.value })} />
            </Field>
            <button type="button" className="link-button" aria-label={vi.compose.removeSection(i + 1)} onClick={() => onChange(list.filter((_, j) => j !== i))}>
              {vi.common.remove}
            </button>
          </div>
          <ContentEditor
            name={`${name}.${i}`}
            path={`${name}.${i}`}
            def={{ ...def, type: 'content', label: `${vi.compose.sectionTitle(i + 1).replace('Tiêu đề p', 'P')}` }}
            value={s.content}
            onChange={(content) => set(i, { ...s, content })}
            sources={sources}
          />
        </div>
      ))}
      <button type="button" onClick={() => onChange([...list, { title: '', content: [''] }])}>
        {vi.compose.addSection}
      </button>
    </fieldset>
  );
}

export function CitationsEditor({ def, value, onChange }: EditorProps<Citation[]>) {
  const list = Array.isArray(value) ? value : [];
  const set = (i: number, patch: Partial<Citation>) => onChange(list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const c = vi.compose;
  return (
    <fieldset>
      <legend>{def.label}</legend>
      {list.map((x, i) => (
        <div className="citation" key={i} role="group" aria-label={c.citation(i + 1)}>
          <div className="grid-3">
            <Field label={c.citationKind}>
              <input value={x.kind} onChange={(e) => set(i, { kind: e.target.value })} />
            </Field>
            <Field label={c.citationSymbol}>
              <input value={x.symbol} onChange={(e) => set(i, { symbol: e.target.value })} />
            </Field>
            <DateInput label={c.citationDate} value={x.date} onChange={(iso) => set(i, { date: iso })} />
          </div>
          <Field label={c.citationIssuer}>
            <input value={x.issuer} onChange={(e) => set(i, { issuer: e.target.value })} />
          </Field>
          <Field label={c.citationSubject}>
            <textarea rows={rowsFor(x.subject)} value={x.subject} onChange={(e) => set(i, { subject: e.target.value })} />
          </Field>
          <button type="button" className="link-button" aria-label={c.removeCitation(i + 1)} onClick={() => onChange(list.filter((_, j) => j !== i))}>
            {vi.common.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...list, { kind: 'Công văn', symbol: '', date: '', issuer: '', subject: '' }])}>
        {c.addCitation}
      </button>
    </fieldset>
  );
}

/** One editor per template field, chosen by its type. */
export function TemplateField(props: EditorProps<unknown>) {
  const { def, value, onChange } = props;
  switch (def.type) {
    case 'text':
      return (
        <Field label={def.label} hint={def.help}>
          {props.name === 'subject' ? (
            <textarea rows={2} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
          ) : (
            <input value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
          )}
        </Field>
      );
    case 'richText':
      // The sources column only where there are sources (a Thông báo nhanh drafted from texts).
      return (
        <div className={props.sources[props.name]?.length ? 'para-row' : ''}>
          <Field label={def.label} hint={def.help}>
            <textarea rows={rowsFor(String(value ?? ''))} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
          </Field>
          <SourceNote refs={props.sources[props.name]} />
        </div>
      );
    case 'longText':
      return (
        <Field label={vi.compose.longField(def.label)} hint={def.help}>
          <textarea rows={rowsFor(String(value ?? ''))} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
        </Field>
      );
    case 'table':
      return <TableEditor def={def} value={value} onChange={onChange} />;
    case 'date':
      return (
        <DateInput label={def.label} value={typeof value === 'string' ? value : ''} onChange={onChange} />
      );
    case 'boolean':
      return (
        <label className="check">
          <input type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          {def.label}
        </label>
      );
    case 'textList':
      return (
        <Field label={vi.compose.listField(def.label)} hint={def.help}>
          <textarea rows={4} value={Array.isArray(value) ? value.join('\n') : ''} onChange={(e) => onChange(e.target.value.split('\n'))} />
        </Field>
      );
    case 'content':
      return <ContentEditor {...(props as EditorProps<Entry[]>)} />;
    case 'sections':
      return <SectionsEditor {...(props as EditorProps<Section[]>)} />;
    case 'citations':
      return <CitationsEditor {...(props as EditorProps<Citation[]>)} />;
    case 'footnotes':
      return null;
  }
}
