import { vi } from '../../i18n/vi';

export function RecipientsPage() {
  return (
    <div className="page">
      <h1>{vi.nav.recipients}</h1>
    </div>
  );
}
