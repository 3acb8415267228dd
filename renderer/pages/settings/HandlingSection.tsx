import { useEffect, useState } from 'react';
import { formatHolidayLines, parseHolidayLines } from '../../../shared/domain/deadlines';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useHandlingStore } from '../../stores/handlingStore';
import { useNotifications } from '../../stores/notificationsStore';

const t = vi.handling;

/** Office settings of handling: day count for deadlines, holiday list, register columns, ĐẾN stamp. */
export function HandlingSection() {
  const settings = useHandlingStore((s) => s.settings);
  const loadSettings = useHandlingStore((s) => s.loadSettings);
  const saveSettings = useHandlingStore((s) => s.saveSettings);
  const [holidays, setHolidays] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  if (!settings) return null;
  const text = holidays ?? formatHolidayLines(settings.holidays);
  const parsed = parseHolidayLines(text);
  const save = async (patch: Partial<typeof settings>) => {
    if (await saveSettings({ ...settings, holidays: parsed.holidays, ...patch })) useNotifications.getState().info(t.settingsSaved);
  };
  return (
    <section className="panel form" aria-labelledby="handling-h">
      <h2 id="handling-h">{t.settingsSection}</h2>
      <div className="grid-2">
        <Field label={t.dayCount}>
          <select value={settings.dayCount} onChange={(e) => void save({ dayCount: e.target.value as 'calendar' | 'working' })}>
            {(['calendar', 'working'] as const).map((d) => (
              <option key={d} value={d}>
                {t.dayCounts[d]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.columnSet}>
          <select value={settings.columnSet} onChange={(e) => void save({ columnSet: e.target.value as 'nd30' | 'vptw693' })}>
            {(['nd30', 'vptw693'] as const).map((c) => (
              <option key={c} value={c}>
                {t.columnSets[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t.holidays} wide warn={parsed.bad.length ? t.badHolidays(parsed.bad.join('; ')) : null}>
          <textarea rows={4} value={text} onChange={(e) => setHolidays(e.target.value)} />
        </Field>
        <label className="field">
          <span>
            <input type="checkbox" checked={settings.denStamp} onChange={(e) => void save({ denStamp: e.target.checked })} /> {t.denStamp}
          </span>
        </label>
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={parsed.bad.length > 0} onClick={() => void save({})}>
          {vi.common.save}
        </button>
      </div>
    </section>
  );
}
