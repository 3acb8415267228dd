import { useEffect, useState } from 'react';
import type { Assignee, Handling } from '../../../shared/domain/handling';
import { todayIn } from '../../../shared/text/today';
import { DateInput } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useDirectoryStore } from '../../stores/directoryStore';
import { useHandlingStore } from '../../stores/handlingStore';

const t = vi.handling;

/** Ghi ý kiến chỉ đạo: instruction, chủ trì and phối hợp picked from the directory (or typed), deadline. */
export function InstructionDialog({ h, onClose }: { h: Handling; onClose: (saved: boolean) => void }) {
  const units = useDirectoryStore((s) => s.units);
  const loadUnits = useDirectoryStore((s) => s.load);
  const instruct = useHandlingStore((s) => s.instruct);
  const workingDays = useHandlingStore((s) => s.workingDays);
  const [instruction, setInstruction] = useState(h.instruction);
  const [date, setDate] = useState(h.instructionDate ?? todayIn(new Date()));
  const [by, setBy] = useState(h.instructedBy);
  const [leadId, setLeadId] = useState(h.lead?.unitId ? String(h.lead.unitId) : '');
  const [leadTyped, setLeadTyped] = useState(h.lead && h.lead.unitId === null ? h.lead.name : '');
  const [coopIds, setCoopIds] = useState<string[]>(h.cooperators.filter((c) => c.unitId !== null).map((c) => String(c.unitId)));
  const [coopTyped, setCoopTyped] = useState(h.cooperators.filter((c) => c.unitId === null).map((c) => c.name).join('\n'));
  const [deadline, setDeadline] = useState(h.deadline ?? '');
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadUnits();
    void useHandlingStore.getState().loadSettings();
  }, [loadUnits]);

  const unitOptions = units.map((u) => (
    <option key={u.id} value={String(u.id)}>
      {u.name}
    </option>
  ));
  const unitName = (id: string) => units.find((u) => String(u.id) === id)?.name ?? '';
  const submit = async () => {
    const lead: Assignee | null = leadId ? { unitId: Number(leadId), name: unitName(leadId) } : leadTyped.trim() ? { unitId: null, name: leadTyped.trim() } : null;
    const cooperators: Assignee[] = [
      ...coopIds.map((id) => ({ unitId: Number(id), name: unitName(id) })),
      ...coopTyped.split('\n').map((s) => s.trim()).filter(Boolean).map((name) => ({ unitId: null, name })),
    ];
    setBusy(true);
    const ok = await instruct({
      id: h.id,
      instruction,
      instructionDate: date,
      instructedBy: by,
      lead,
      cooperators,
      ...(days.trim() ? { deadlineDays: Number(days) } : { deadline: deadline || null }),
    });
    setBusy(false);
    if (ok) onClose(true);
  };
  return (
    <Dialog
      title={t.instruct}
      wide
      onClose={() => onClose(false)}
      footer={
        <>
          <button type="button" onClick={() => onClose(false)}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={busy || !instruction.trim() || !date} onClick={() => void submit()}>
            {vi.common.save}
          </button>
        </>
      }
    >
      <div className="grid-2">
        <Field label={t.instruction} wide>
          <textarea rows={3} value={instruction} onChange={(e) => setInstruction(e.target.value)} />
        </Field>
        <DateInput label={t.instructionDate} value={date} onChange={setDate} required />
        <Field label={t.instructedBy}>
          <input value={by} onChange={(e) => setBy(e.target.value)} />
        </Field>
        <Field label={t.lead}>
          <select value={leadId} onChange={(e) => setLeadId(e.target.value)}>
            <option value="">{t.none}</option>
            {unitOptions}
          </select>
        </Field>
        <Field label={t.leadTyped}>
          <input value={leadTyped} disabled={leadId !== ''} onChange={(e) => setLeadTyped(e.target.value)} />
        </Field>
        <Field label={t.cooperators}>
          <select multiple size={Math.min(6, Math.max(2, units.length))} value={coopIds} onChange={(e) => setCoopIds([...e.target.selectedOptions].map((o) => o.value))}>
            {unitOptions}
          </select>
        </Field>
        <Field label={t.cooperatorsTyped}>
          <textarea rows={3} value={coopTyped} onChange={(e) => setCoopTyped(e.target.value)} />
        </Field>
        <DateInput label={t.deadline} hint={t.dayCountHint(workingDays)} value={days.trim() ? '' : deadline} onChange={setDeadline} />
        <Field label={t.deadlineDays}>
          <input type="number" min={0} max={365} value={days} onChange={(e) => setDays(e.target.value)} />
        </Field>
      </div>
    </Dialog>
  );
}
