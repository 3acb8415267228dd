import { useState, type ReactNode } from 'react';
import { PAPER_SIZES, type PaperSize } from '../../shared/document/paper';
import { localYear, todayIn } from '../../shared/text/today';
import { vi } from '../i18n/vi';
import { useNotifications } from '../stores/notificationsStore';
import { DateInput } from './DateInput';
import { Dialog } from './Dialog';
import { Field } from './Field';

type Texts = { title: string; run: string; printing: string; from: string; to: string; printed: (rows: number, pages: number) => string };

/**
 * A printed register for a date range (1 January to today by default): `print` asks main, which saves or
 * downloads the PDF; the dialog reports rows and pages and closes. `children` adds choices (e.g. which form).
 */
export function PrintRangeDialog({ texts, print, onClose, children }: { texts: Texts; print: (from: string, to: string, paper: PaperSize) => Promise<{ rows: number; pages: number } | null>; onClose: () => void; children?: ReactNode }) {
  const [from, setFrom] = useState(`${localYear(new Date())}-01-01`);
  const [to, setTo] = useState(todayIn(new Date()));
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const r = await print(from, to, paper);
    setBusy(false);
    if (!r) return;
    useNotifications.getState().info(texts.printed(r.rows, r.pages));
    onClose();
  };
  return (
    <Dialog
      title={texts.title}
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>
            {vi.common.cancel}
          </button>
          <button type="button" className="primary" disabled={busy || !from || !to || from > to} onClick={() => void run()}>
            {busy ? texts.printing : texts.run}
          </button>
        </>
      }
    >
      <div className="grid-2">
        {children}
        <DateInput label={texts.from} value={from} onChange={setFrom} required />
        <DateInput label={texts.to} value={to} onChange={setTo} required />
        <Field label={vi.common.paper}>
          <select value={paper} onChange={(e) => setPaper(e.target.value as PaperSize)}>
            {PAPER_SIZES.map((p) => (
              <option key={p} value={p}>
                {vi.common.paperSizes[p]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {busy && <p role="status">{texts.printing}</p>}
    </Dialog>
  );
}
