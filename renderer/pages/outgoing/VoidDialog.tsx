import { useState } from 'react';
import type { OutgoingSummary } from '../../../shared/domain/outgoing';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useNotifications } from '../../stores/notificationsStore';
import { useOutgoingStore } from '../../stores/outgoingStore';

/** Voiding needs a reason: the number stays in the ledger with it. */
export function VoidDialog({ doc, onClose }: { doc: OutgoingSummary; onClose: (voided: boolean) => void }) {
  const voidDoc = useOutgoingStore((s) => s.voidDoc);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const ok = reason.trim().length >= 3;
  const run = async () => {
    setTried(true);
    if (!ok) return;
    const r = await voidDoc(doc.id, reason.trim());
    if (r) {
      useNotifications.getState().info(vi.outgoing.voided(doc.symbol));
      onClose(true);
    }
  };
  return (
    <Dialog
      title={vi.outgoing.voidTitle(doc.symbol)}
      onClose={() => onClose(false)}
      footer={
        <>
          <button type="button" onClick={() => onClose(false)}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" onClick={() => void run()}>
            {vi.outgoing.voidConfirm}
          </button>
        </>
      }
    >
      <p className="muted">{vi.outgoing.voidHint}</p>
      <Field label={vi.outgoing.voidReason} warn={tried && !ok ? vi.outgoing.voidReasonRequired : null}>
        <textarea autoFocus required rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={tried && !ok} />
      </Field>
    </Dialog>
  );
}
