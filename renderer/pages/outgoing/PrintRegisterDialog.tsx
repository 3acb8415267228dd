import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { DateInput } from '../../components/DateInput';
import { vi } from '../../i18n/vi';
import { localYear, todayIn } from '../../../shared/text/today';
import { useNotifications } from '../../stores/notificationsStore';
import { useOutgoingStore } from '../../stores/outgoingStore';

const today = () => todayIn(new Date());

/** The register for a date range as a PDF (A4 landscape, the legal columns). */
export function PrintRegisterDialog({ onClose }: { onClose: () => void }) {
  const registerReport = useOutgoingStore((s) => s.registerReport);
  const [from, setFrom] = useState(`${localYear(new Date())}-01-01`);
  const [to, setTo] = useState(today());
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const r = await registerReport(from, to);
    setBusy(false);
    if (!r) return;
    useNotifications.getState().info(vi.outgoing.printed(r.rows, r.pages));
    onClose();
  };
  return (
    <Dialog
      title={vi.outgoing.printTitle}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={busy || !from || !to || from > to} onClick={() => void run()}>
            {busy ? vi.outgoing.printing : vi.outgoing.printRun}
          </button>
        </>
      }
    >
      <div className="grid-2">
        <DateInput label={vi.outgoing.from} value={from} onChange={setFrom} />
        <DateInput label={vi.outgoing.to} value={to} onChange={setTo} />
      </div>
      {busy && <p role="status">{vi.outgoing.printing}</p>}
    </Dialog>
  );
}
