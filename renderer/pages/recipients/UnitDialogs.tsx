import { useState } from 'react';
import { UNIT_KIND_LABELS, UNIT_KINDS, type Unit, type UnitKind } from '../../../shared/domain/directory';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useDirectoryStore } from '../../stores/directoryStore';
import { useNotifications } from '../../stores/notificationsStore';

const KindSelect = ({ value, onChange }: { value: UnitKind; onChange: (k: UnitKind) => void }) => (
  <select value={value} onChange={(e) => onChange(e.target.value as UnitKind)}>
    {UNIT_KINDS.map((k) => (
      <option key={k} value={k}>
        {UNIT_KIND_LABELS[k]}
      </option>
    ))}
  </select>
);

export function UnitDialog({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const saveUnit = useDirectoryStore((s) => s.saveUnit);
  const [name, setName] = useState(unit?.name ?? '');
  const [shortName, setShortName] = useState(unit?.shortName ?? '');
  const [kind, setKind] = useState<UnitKind>(unit?.kind ?? 'khac');
  const save = async () => {
    const saved = await saveUnit({ ...(unit ? { id: unit.id } : {}), name, shortName, kind });
    if (saved) {
      useNotifications.getState().info(vi.recipients.unitSaved);
      onClose();
    }
  };
  return (
    <Dialog
      title={unit ? vi.recipients.unitDialogEdit : vi.recipients.unitDialogNew}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={!name.trim()} onClick={() => void save()}>
            {vi.common.save}
          </button>
        </>
      }
    >
      <Field label={vi.recipients.unitName}>
        <input autoFocus value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={vi.recipients.unitShortName}>
        <input value={shortName} maxLength={100} onChange={(e) => setShortName(e.target.value)} />
      </Field>
      <Field label={vi.recipients.unitKind}>
        <KindSelect value={kind} onChange={setKind} />
      </Field>
    </Dialog>
  );
}

export function ImportUnitsDialog({ onClose }: { onClose: () => void }) {
  const importUnits = useDirectoryStore((s) => s.importUnits);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<UnitKind>('khac');
  const run = async () => {
    const r = await importUnits(text, kind);
    if (r) {
      useNotifications.getState().info(vi.recipients.imported(r.added.length, r.skipped.length));
      onClose();
    }
  };
  return (
    <Dialog
      title={vi.recipients.importList}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={!text.trim()} onClick={() => void run()}>
            {vi.recipients.importRun}
          </button>
        </>
      }
    >
      <Field label={vi.recipients.importText} hint={vi.recipients.importHint}>
        <textarea autoFocus rows={10} value={text} maxLength={200_000} onChange={(e) => setText(e.target.value)} />
      </Field>
      <Field label={vi.recipients.unitKind}>
        <KindSelect value={kind} onChange={setKind} />
      </Field>
    </Dialog>
  );
}
