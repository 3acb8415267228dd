import { vi } from '../../i18n/vi';

export function OutgoingPage() {
  return (
    <div className="page">
      <h1>{vi.nav.outgoing}</h1>
    </div>
  );
}
