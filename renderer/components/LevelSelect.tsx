import { Field } from './Field';

/** Độ mật / độ khẩn: '' is the ordinary document. */
export function LevelSelect<L extends string>({ label, levels, none, value, onChange }: { label: string; levels: readonly L[]; none: string; value: L; onChange: (v: L) => void }) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value as L)}>
        {levels.map((l) => (
          <option key={l} value={l}>
            {l || none}
          </option>
        ))}
      </select>
    </Field>
  );
}
