import { useState } from 'react';
import { groupLines } from '../../../shared/domain/directory';
import { vi } from '../../i18n/vi';
import { useDirectoryStore } from '../../stores/directoryStore';

/** Adds a recipient group (its name, or its units line by line) or one unit to the Kính gửi text. */
export function AddresseePicker({ onAdd }: { onAdd: (lines: string[]) => void }) {
  const { units, groups, load } = useDirectoryStore();
  const [pick, setPick] = useState('');
  // The directory is read when the clerk reaches for it, not on every compose screen.
  const loadOnce = () => void load();
  const add = () => {
    const [kind, idText] = pick.split(':');
    const id = Number(idText);
    if (kind === 'g') {
      const g = groups.find((x) => x.id === id);
      if (g) onAdd(groupLines(g));
    } else {
      const u = units.find((x) => x.id === id);
      if (u) onAdd([u.name]);
    }
    setPick('');
  };
  return (
    <div className="row-2">
      <label className="field">
        <span className="field-label">{vi.compose.addRecipients}</span>
        <select value={pick} onFocus={loadOnce} onPointerDown={loadOnce} onChange={(e) => setPick(e.target.value)}>
          <option value="">{vi.compose.chooseRecipients}</option>
          {groups.length > 0 && (
            <optgroup label={vi.recipients.groups}>
              {groups.map((g) => (
                <option key={`g${g.id}`} value={`g:${g.id}`}>
                  {vi.compose.groupOption(g.name)}
                </option>
              ))}
            </optgroup>
          )}
          {units.length > 0 && (
            <optgroup label={vi.recipients.units}>
              {units.map((u) => (
                <option key={`u${u.id}`} value={`u:${u.id}`}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <button type="button" disabled={!pick} onClick={add}>
        {vi.compose.addToKinhGui}
      </button>
    </div>
  );
}
