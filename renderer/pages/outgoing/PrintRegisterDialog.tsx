import { PrintRangeDialog } from '../../components/PrintRangeDialog';
import { vi } from '../../i18n/vi';
import { useOutgoingStore } from '../../stores/outgoingStore';

const t = vi.outgoing;

/** The register for a date range as a PDF (A4 landscape, the legal columns). */
export function PrintRegisterDialog({ onClose }: { onClose: () => void }) {
  const registerReport = useOutgoingStore((s) => s.registerReport);
  return <PrintRangeDialog texts={{ title: t.printTitle, run: t.printRun, printing: t.printing, from: t.from, to: t.to, printed: t.printed }} print={registerReport} onClose={onClose} />;
}
