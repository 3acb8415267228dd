// Rows of a table field (Giấy mời participants, a Kế hoạch's tasks): one input per column.
import type { FieldDef } from '../../../shared/templates/types';
import { vi } from '../../i18n/vi';

type Row = Record<string, string>;

export function TableEditor({ def, value, onChange }: { def: FieldDef; value: unknown; onChange: (v: Row[]) => void }) {
  const rows: Row[] = Array.isArray(value) ? (value as Row[]) : [];
  const cols = def.columns ?? [];
  const c = vi.compose;
  return (
    <fieldset className="table-field">
      <legend>{def.label}</legend>
      {rows.map((r, i) => (
        <div key={i} className="row-fields">
          {cols.map((col) => (
            <label key={col.key} className="field">
              <span className="field-label">{c.tableCell(col.label, i + 1)}</span>
              <input value={r[col.key] ?? ''} onChange={(e) => onChange(rows.map((x, j) => (j === i ? { ...x, [col.key]: e.target.value } : x)))} />
            </label>
          ))}
          <button type="button" className="link-button" aria-label={c.removeRow(def.label, i + 1)} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {vi.common.remove}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, Object.fromEntries(cols.map((col) => [col.key, '']))])}>
        {c.addRow(def.label)}
      </button>
    </fieldset>
  );
}
