import { useEffect, useState } from 'react';
import { vi } from '../../i18n/vi';
import { useHandlingStore } from '../../stores/handlingStore';
import { useUi } from '../../stores/uiStore';

const t = vi.handling;

/** The "Quá hạn" count in the navigation (hidden when nothing is overdue). */
export function OverdueBadge() {
  const overdue = useHandlingStore((s) => s.due?.overdue ?? 0);
  if (overdue === 0) return null;
  return (
    <span className="badge badge-danger nav-badge" role="status" aria-label={t.overdueBadge(overdue)} title={t.overdueLabel}>
      {overdue}
    </span>
  );
}

/**
 * On start: a banner when something is overdue (the desktop app also shows a system notification
 * from main at start-up). Loads the due list once; dismissing hides it for this session.
 */
export function OverdueBanner() {
  const overdue = useHandlingStore((s) => s.due?.overdue ?? 0);
  const navigate = useUi((s) => s.navigate);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void useHandlingStore.getState().loadDue();
    // Settings (ĐẾN stamp offer, day count) once per start, so opening a record costs no extra request.
    void useHandlingStore.getState().loadSettings();
  }, []);
  if (dismissed || overdue === 0) return null;
  return (
    <div className="banner banner-warn toolbar" role="alert">
      <span>{t.overdueBanner(overdue)}</span>
      <button type="button" onClick={() => (navigate('due'), setDismissed(true))}>
        {t.openDue}
      </button>
      <button type="button" className="icon-button" aria-label={vi.common.close} onClick={() => setDismissed(true)}>
        ×
      </button>
    </div>
  );
}
