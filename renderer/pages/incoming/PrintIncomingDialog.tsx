import { useState } from 'react';
import { Field } from '../../components/Field';
import { PrintRangeDialog } from '../../components/PrintRangeDialog';
import { vi } from '../../i18n/vi';
import { useHandlingStore } from '../../stores/handlingStore';

const t = vi.handling;

/** In sổ: Sổ đăng ký văn bản đến or Sổ theo dõi giải quyết for a date range, as a PDF. */
export function PrintIncomingDialog({ onClose }: { onClose: () => void }) {
  const print = useHandlingStore((s) => s.print);
  const [form, setForm] = useState<'so-den' | 'theo-doi'>('so-den');
  return (
    <PrintRangeDialog texts={{ title: t.printTitle, run: t.printRun, printing: t.printing, from: t.from, to: t.to, printed: t.printed }} print={(from, to, paper) => print({ form, from, to, paper })} onClose={onClose}>
      <Field label={t.printForm} wide>
        <select value={form} onChange={(e) => setForm(e.target.value as 'so-den' | 'theo-doi')}>
          {(['so-den', 'theo-doi'] as const).map((f) => (
            <option key={f} value={f}>
              {t.forms[f]}
            </option>
          ))}
        </select>
      </Field>
    </PrintRangeDialog>
  );
}
