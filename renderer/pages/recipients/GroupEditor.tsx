import { useState } from 'react';
import type { RecipientGroup, Unit } from '../../../shared/domain/directory';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useDirectoryStore } from '../../stores/directoryStore';
import { useNotifications } from '../../stores/notificationsStore';
import { useShortcut } from '../../shortcuts';

type Props = { group: RecipientGroup | null; units: Unit[]; onSaved: (g: RecipientGroup) => void; onDeleted: () => void };

/** Name, one-line flag and the ordered member list of one recipient group. */
export function GroupEditor({ group, units, onSaved, onDeleted }: Props) {
  const saveGroup = useDirectoryStore((s) => s.saveGroup);
  const deleteGroup = useDirectoryStore((s) => s.deleteGroup);
  const [name, setName] = useState(group?.name ?? '');
  const [asOneLine, setAsOneLine] = useState(group?.asOneLine ?? false);
  const [memberIds, setMemberIds] = useState<number[]>(group?.members.map((m) => m.id) ?? []);
  const [pick, setPick] = useState('');
  const [confirm, setConfirm] = useState(false);
  const byId = new Map(units.map((u) => [u.id, u]));

  const move = (i: number, d: -1 | 1) => {
    const next = [...memberIds];
    const [m] = next.splice(i, 1);
    next.splice(i + d, 0, m!);
    setMemberIds(next);
  };
  const save = async () => {
    if (!name.trim()) return;
    const saved = await saveGroup({ ...(group ? { id: group.id } : {}), name, asOneLine, memberIds });
    if (saved) {
      useNotifications.getState().info(vi.recipients.groupSaved);
      onSaved(saved);
    }
  };
  useShortcut('save', () => void save());

  return (
    <div className="form">
      <Field label={vi.recipients.groupName}>
        <input value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
      </Field>
      <label className="check">
        <input type="checkbox" checked={asOneLine} onChange={(e) => setAsOneLine(e.target.checked)} />
        {vi.recipients.asOneLine}
      </label>
      <h3>{vi.recipients.members}</h3>
      <ol className="member-list">
        {memberIds.map((id, i) => {
          const label = byId.get(id)?.name ?? `#${id}`;
          return (
            <li key={id}>
              <span>{label}</span>
              <button type="button" className="link-button" aria-label={vi.recipients.moveUp(label)} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" className="link-button" aria-label={vi.recipients.moveDown(label)} disabled={i === memberIds.length - 1} onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" className="link-button" aria-label={vi.recipients.removeMember(label)} onClick={() => setMemberIds(memberIds.filter((x) => x !== id))}>
                {vi.common.remove}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="toolbar">
        <Field label={vi.recipients.addMember}>
          <select value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">{vi.recipients.chooseUnit}</option>
            {units
              .filter((u) => !memberIds.includes(u.id))
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </Field>
        <button
          type="button"
          disabled={!pick}
          onClick={() => {
            setMemberIds([...memberIds, Number(pick)]);
            setPick('');
          }}
        >
          {vi.common.add}
        </button>
      </div>
      <div className="actions">
        <button type="button" className="primary" disabled={!name.trim()} onClick={() => void save()}>
          {vi.common.save}
        </button>
        {group && (
          <button type="button" className="danger" onClick={() => setConfirm(true)}>
            {vi.recipients.deleteGroup}
          </button>
        )}
      </div>
      {confirm && group && (
        <ConfirmDialog
          title={vi.recipients.deleteGroup}
          message={vi.recipients.deleteGroupConfirm(group.name)}
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            setConfirm(false);
            if (await deleteGroup(group.id)) onDeleted();
          }}
        />
      )}
    </div>
  );
}
