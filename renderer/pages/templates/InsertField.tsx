// "Chèn trường": a menu of the template's fields (and the office's name and place); the choice is
// inserted as a placeholder at the caret of the text box last used. Nobody types braces.
import { useState } from 'react';
import { vi } from '../../i18n/vi';
import { useTemplatesStore } from '../../stores/templatesStore';

const t = vi.templates;

export function InsertField() {
  const draft = useTemplatesStore((s) => s.draft);
  const focus = useTemplatesStore((s) => s.focus);
  const insertField = useTemplatesStore((s) => s.insertField);
  const [open, setOpen] = useState(false);
  if (!draft) return null;
  const where = focus.box.startsWith('body.') ? `đoạn ${Number(focus.box.slice(5)) + 1}` : (t.insertWhere[focus.box] ?? focus.box);
  const choices: [string, string][] = [
    ...Object.entries(draft.fields).filter(([, f]) => ['text', 'longText', 'richText', 'date'].includes(f.type)).map(([k, f]): [string, string] => [k, f.label]),
    ...Object.entries(t.officeFields),
  ];
  return (
    <div className="insert-field">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(!open)}>
        {t.insertField}
      </button>
      <span className="muted"> {t.insertInto(where)}</span>
      {open ? (
        <div role="menu" className="menu">
          {choices.map(([key, label]) => (
            <button
              key={key}
              type="button"
              role="menuitem"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                insertField(key);
                setOpen(false);
              }}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
