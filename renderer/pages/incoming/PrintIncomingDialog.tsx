import { useState } from 'react';
import { localYear, todayIn } from '../../../shared/text/today';
import { DateInput } from '../../components/DateInput';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useHandlingStore } from '../../stores/handlingStore';
import { useNotifications } from '../../stores/notificationsStore';

const t = vi.handling;

/** In sổ: Sổ đăng ký văn bản đến or Sổ theo dõi giải quyết for a date range, as a PDF. */
export function PrintIncomingDialog({ onClose }: { onClose: () => void }) {
  const print = useHandlingStore((s) => s.print);
  const [form, setForm] = useState<'so-den' | 'theo-doi'>('so-den');
  const [from, setFrom] = useState(`${localYear(new Date())}-01-01`);
  const [to, setTo] = useState(todayIn(new Date()));
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const r = await print({ form, from, to });
    setBusy(false);
    if (!r) return;
    useNotifications.getState().info(t.printed(r.rows, r.pages));
    onClose();
  };
  return (
    <Dialog
      title={t.printTitle}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={busy || !from || !to || from > to} onClick={() => void run()}>
            {busy ? t.printing : t.printRun}
          </button>
        </>
      }
    >
      <div className="grid-2">
        <Field label={t.printForm} wide>
          <select value={form} onChange={(e) => setForm(e.target.value as 'so-den' | 'theo-doi')}>
            {(['so-den', 'theo-doi'] as const).map((f) => (
              <option key={f} value={f}>
                {t.forms[f]}
              </option>
            ))}
          </select>
        </Field>
        <DateInput label={t.from} value={from} onChange={setFrom} required />
        <DateInput label={t.to} value={to} onChange={setTo} required />
      </div>
      {busy && <p role="status">{t.printing}</p>}
    </Dialog>
  );
}
