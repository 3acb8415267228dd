// The calendar of a DateInput: one month, weeks from Monday, Vietnamese headings. Keyboard: arrows move
// by day/week, PageUp/PageDown by month, Home/End to the start/end of the week, Enter/Space choose,
// Escape closes (DateInput returns the focus to its button).
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addDays } from '../../shared/text/today';
import { parseIso, type IsoDate } from '../../shared/text/dates';
import { monthGrid, shiftMonth } from '../../shared/text/calendar';
import { vi } from '../i18n/vi';

type Props = {
  /** The selected date, or '' (the calendar then opens on `today`). */
  value: IsoDate | '';
  today: IsoDate;
  onPick: (iso: IsoDate) => void;
  onClose: () => void;
  describedBy?: string;
};

const t = vi.dateInput;
const weekStart = (iso: IsoDate) => addDays(iso, -((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7));

export function MonthCalendar({ value, today, onPick, onClose, describedBy }: Props) {
  const [focus, setFocus] = useState<IsoDate>(value || today);
  const { y, m } = parseIso(focus);
  const grid = useRef<HTMLTableElement>(null);
  // Keep the DOM focus on the focused day whenever it moves (roving tabindex).
  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${focus}"]`)?.focus();
  }, [focus]);

  const byMonth = (delta: number) => {
    const next = shiftMonth(y, m, delta);
    const { d } = parseIso(focus);
    const last = new Date(Date.UTC(next.year, next.month, 0)).getUTCDate();
    setFocus(`${next.year}-${String(next.month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`);
  };

  const onKey = (e: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => setFocus(addDays(focus, -1)),
      ArrowRight: () => setFocus(addDays(focus, 1)),
      ArrowUp: () => setFocus(addDays(focus, -7)),
      ArrowDown: () => setFocus(addDays(focus, 7)),
      PageUp: () => byMonth(-1),
      PageDown: () => byMonth(1),
      Home: () => setFocus(weekStart(focus)),
      End: () => setFocus(addDays(weekStart(focus), 6)),
      Escape: onClose,
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation(); // Escape closes the calendar, not the dialog around it
    move();
  };

  const title = t.monthTitle(m, y);
  return (
    <div className="calendar" role="dialog" aria-label={title} aria-describedby={describedBy} onKeyDown={onKey}>
      <div className="calendar-head">
        <button type="button" className="icon-button" aria-label={t.prevMonth} onClick={() => byMonth(-1)}>
          ‹
        </button>
        <span className="calendar-title" aria-live="polite">
          {title}
        </span>
        <button type="button" className="icon-button" aria-label={t.nextMonth} onClick={() => byMonth(1)}>
          ›
        </button>
      </div>
      <table ref={grid} role="grid" aria-label={title}>
        <thead>
          <tr>
            {t.weekdays.map((w, i) => (
              <th key={w} scope="col" abbr={t.weekdayNames[i]}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(y, m).map((week, wi) => (
            <tr key={wi}>
              {week.map((iso, di) => {
                if (!iso) return <td key={di} />;
                const d = parseIso(iso);
                return (
                  <td key={iso} role="gridcell" aria-selected={iso === value}>
                    <button
                      type="button"
                      data-date={iso}
                      tabIndex={iso === focus ? 0 : -1}
                      aria-label={t.dayName(d.d, d.m, d.y)}
                      aria-current={iso === today ? 'date' : undefined}
                      className={[iso === value ? 'selected' : '', iso === today ? 'today' : ''].join(' ').trim() || undefined}
                      onClick={() => onPick(iso)}
                    >
                      {d.d}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
