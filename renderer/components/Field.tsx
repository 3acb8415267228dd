import type { ReactNode } from 'react';

type Props = {
  label: string;
  children: ReactNode;
  hint?: string | undefined;
  /** Highlights a value the machine is unsure about (e.g. extraction confidence < 0.7). */
  warn?: string | null | undefined;
  wide?: boolean;
  className?: string;
};

/** A label wrapping its control, so the control's accessible name is the label text. */
export function Field({ label, children, hint, warn, wide, className }: Props) {
  return (
    <label className={['field', wide ? 'field-wide' : '', warn ? 'field-warn' : '', className ?? ''].join(' ').trim()}>
      <span className="field-label">{label}</span>
      {children}
      {warn ? <span className="field-note field-note-warn">{warn}</span> : hint ? <span className="field-note">{hint}</span> : null}
    </label>
  );
}
