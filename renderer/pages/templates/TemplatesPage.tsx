// "Mẫu văn bản": the library (built-in and office templates, type, last change, documents issued),
// the file actions, and the editor of an office template.
import { useEffect, useRef, useState } from 'react';
import { typeOptionLabel } from '../../../shared/numbering/types';
import { formatDateShort } from '../../../shared/text/dates';
import { todayIn } from '../../../shared/text/today';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { vi } from '../../i18n/vi';
import { useTemplatesStore } from '../../stores/templatesStore';
import { NewDocument } from './NewDocument';
import { TemplateEditor } from './TemplateEditor';

const t = vi.templates;

export function TemplatesPage() {
  const { items, status, editing, load, open, copyBuiltin, exportTemplate, importFile, remove } = useTemplatesStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  if (editing) return <TemplateEditor />;

  return (
    <div className="page">
      <div className="page-head">
        <h2>{t.title}</h2>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t.importTemplate}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="template-import-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
      </div>
      <p className="muted">{t.hint}</p>
      <NewDocument items={items} />
      {status === 'loading' && items.length === 0 ? <p>{vi.loading}</p> : null}
      <table className="data-table">
        <thead>
          <tr>
            <th>{t.colName}</th>
            <th>{t.colType}</th>
            <th>{t.colSource}</th>
            <th>{t.colChanged}</th>
            <th>{t.colIssued}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((it) => (
            <tr key={it.id} data-testid={`template-row-${it.id}`}>
              <td>{it.name}</td>
              <td>{typeOptionLabel(it.typeCode)}</td>
              <td>{it.builtin ? t.builtin : `${t.office} · ${t.version(it.version ?? 1)}`}</td>
              <td>{it.updatedAt ? formatDateShort(todayIn(new Date(it.updatedAt))) : vi.common.none}</td>
              <td>{it.issuedCount}</td>
              <td className="row-actions">
                {it.builtin ? (
                  <>
                    <button type="button" className="link-button" aria-label={t.view(it.name)} onClick={() => void open(it.id)}>
                      {t.viewShort}
                    </button>
                    <button type="button" aria-label={t.copyOf(it.name)} onClick={() => void copyBuiltin(it.id)}>
                      {t.copy}
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" className="link-button" aria-label={t.edit(it.name)} onClick={() => void open(it.id)}>
                      {vi.common.edit}
                    </button>
                    <button type="button" className="link-button" aria-label={t.exportOf(it.name)} onClick={() => void exportTemplate(it.id)}>
                      {t.exportTemplate}
                    </button>
                    <button type="button" className="link-button" aria-label={t.removeOf(it.name)} onClick={() => setRemoving({ id: it.id, name: it.name })}>
                      {vi.common.remove}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {removing ? (
        <ConfirmDialog
          title={t.removeOf(removing.name)}
          message={t.confirmRemove(removing.name)}
          confirmLabel={vi.common.remove}
          onConfirm={() => {
            void remove(removing.id);
            setRemoving(null);
          }}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </div>
  );
}
