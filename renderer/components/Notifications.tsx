import { vi } from '../i18n/vi';
import { useNotifications } from '../stores/notificationsStore';

export function Notifications() {
  const items = useNotifications((s) => s.items);
  const dismiss = useNotifications((s) => s.dismiss);
  if (items.length === 0) return null;
  return (
    <div className="notifications">
      {items.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <div>
            {n.kind === 'error' && <strong>{vi.errorTitle}: </strong>}
            {n.message}
            {n.details && (
              <ul>
                {n.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={vi.dismiss}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
