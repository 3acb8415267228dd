import { vi } from '../../i18n/vi';

export function ComposePage() {
  return (
    <div className="page">
      <h1>{vi.nav.compose}</h1>
    </div>
  );
}
