import { vi } from '../../i18n/vi';

export function IncomingPage() {
  return (
    <div className="page">
      <h1>{vi.nav.incoming}</h1>
    </div>
  );
}
