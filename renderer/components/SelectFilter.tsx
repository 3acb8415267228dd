import { vi } from '../i18n/vi';
import { Field } from './Field';

export type FilterOption = { value: string; label: string };

/** A labelled register filter: "Tất cả" (empty value) followed by the options. */
export function SelectFilter({ label, value, options, onChange }: { label: string; value: string; options: readonly FilterOption[]; onChange: (value: string) => void }) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{vi.common.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The last twelve years, newest first. */
export const recentYears = (thisYear: number): FilterOption[] => Array.from({ length: 12 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }));
