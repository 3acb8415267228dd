// A date field that reads and writes dd/mm/yyyy whatever the browser's or the computer's locale
// (<input type="date"> shows 07/10/2023 for 10 July on an English system). The value stays ISO.
// A typed text that is not a date never becomes another date: the field keeps its last valid value
// and says so in Vietnamese until the text is corrected.
import { useEffect, useId, useRef, useState } from 'react';
import { formatDateShort, type IsoDate } from '../../shared/text/dates';
import { parseDateInput } from '../../shared/text/parseDates';
import { todayIn } from '../../shared/text/today';
import { vi } from '../i18n/vi';
import { MonthCalendar } from './MonthCalendar';

type Props = {
  label: string;
  /** ISO date or '' (empty). */
  value: string;
  /** Called with an ISO date, or '' when the clerk empties a field that is not required. */
  onChange: (iso: string) => void;
  required?: boolean;
  hint?: string | undefined;
  warn?: string | null | undefined;
  wide?: boolean;
};

const show = (iso: string) => (iso ? formatDateShort(iso) : '');

export function DateInput({ label, value, onChange, required, hint, warn, wide }: Props) {
  const id = useId();
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);

  // A new value from outside (another record, a reset) replaces the text unless the text already means it
  // (adjusting state while rendering, as React recommends, rather than in an effect).
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    if ((parseDateInput(text) ?? '') !== value) setText(show(value));
    setError(null);
  }

  const commit = (typed: string) => {
    const trimmed = typed.trim();
    if (!trimmed) {
      if (required) return setError(vi.dateInput.required);
      setError(null);
      if (value !== '') onChange('');
      return;
    }
    const iso = parseDateInput(trimmed);
    if (!iso) return setError(vi.dateInput.invalid(trimmed, show(value)));
    setError(null);
    setText(show(iso));
    if (iso !== value) onChange(iso);
  };

  const pick = (iso: IsoDate) => {
    setOpen(false);
    setError(null);
    setText(show(iso));
    if (iso !== value) onChange(iso);
    button.current?.focus();
  };

  // Clicking outside closes the calendar.
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);

  const note = error ?? warn ?? hint ?? null;
  return (
    <div ref={box} className={['field', 'date-field', wide ? 'field-wide' : '', warn || error ? 'field-warn' : ''].join(' ').trim()}>
      <label id={`${id}-label`} className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="date-input">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={vi.dateInput.placeholder}
          required={required}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={note ? `${id}-note` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            // A complete date with a four-digit year counts at once (the preview follows); anything else
            // waits for Enter or leaving the box ("12/7/20" is on its way to "12/7/2023", not 2020).
            const iso = /\d{4}/.test(e.target.value) ? parseDateInput(e.target.value) : null;
            if (iso) {
              setError(null);
              if (iso !== value) onChange(iso);
            }
          }}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget.value);
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            }
          }}
        />
        <button ref={button} type="button" className="date-button" aria-label={vi.dateInput.openCalendar} aria-describedby={`${id}-label`} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">▦</span>
        </button>
      </div>
      {open && (
        <MonthCalendar
          value={value}
          today={todayIn(new Date())}
          describedBy={`${id}-label`}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
      {note && (
        <span id={`${id}-note`} className={error || warn ? 'field-note field-note-warn' : 'field-note'} role={error ? 'alert' : undefined}>
          {note}
        </span>
      )}
    </div>
  );
}
