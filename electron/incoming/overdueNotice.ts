// The start-up notice when incoming documents are overdue: the desktop app shows it as a system
// notification from main (electron/main.ts, a thin call), browser mode as a banner in the page.
import type { HandlingService } from './handling';

export function overdueNotice(handling: Pick<HandlingService, 'due'>): { title: string; body: string } | null {
  const due = handling.due({ limit: 0 });
  if (due.overdue === 0) return null;
  return {
    title: 'Văn bản đến quá hạn xử lý',
    body: `Có ${due.overdue} văn bản đến đã quá hạn${due.dueSoon ? ` và ${due.dueSoon} văn bản sắp đến hạn` : ''}. Mở mục "Sắp đến hạn" để xem.`,
  };
}
