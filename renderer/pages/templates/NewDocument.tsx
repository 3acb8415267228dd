// "Soạn văn bản mới": choose any template (built-in or the office's) and open the compose screen;
// main builds the fresh draft from the template and today's office profile.
import { useState } from 'react';
import type { TemplateListItem } from '../../../shared/ipc/templates';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useUi } from '../../stores/uiStore';

export function NewDocument({ items }: { items: readonly TemplateListItem[] }) {
  const [templateId, setTemplateId] = useState('');
  const chosen = templateId || items[0]?.id || '';
  return (
    <div className="toolbar">
      <Field label={vi.templates.pick}>
        <select value={chosen} onChange={(e) => setTemplateId(e.target.value)}>
          {items.map((it) => (
            <option key={it.id} value={it.id}>
              {it.name}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" className="primary" disabled={!chosen} onClick={() => useUi.getState().startCompose({ kind: chosen === 'forwarding-letter' ? 'forwarding' : chosen === 'quick-report' ? 'quickReport' : 'other', incomingId: null, draftId: null, templateId: chosen })}>
        {vi.templates.newDocument}
      </button>
    </div>
  );
}
