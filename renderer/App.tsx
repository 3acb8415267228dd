import { lazy, Suspense, useEffect } from 'react';
import { vi } from './i18n/vi';
import { installShortcuts } from './shortcuts';
import { useProfileStore } from './stores/profileStore';
import { SCREENS, useUi, type Screen } from './stores/uiStore';
import { Notifications } from './components/Notifications';
import { IncomingPage } from './pages/incoming/IncomingPage';
import { OverdueBadge, OverdueBanner } from './pages/incoming/OverdueNotice';

// The register is the first screen; the others load on first visit to keep start-up small.
const FirstRun = lazy(() => import('./pages/FirstRun').then((m) => ({ default: m.FirstRun })));
const OutgoingPage = lazy(() => import('./pages/outgoing/OutgoingPage').then((m) => ({ default: m.OutgoingPage })));
const ComposePage = lazy(() => import('./pages/compose/ComposePage').then((m) => ({ default: m.ComposePage })));
const TemplatesPage = lazy(() => import('./pages/templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const RecipientsPage = lazy(() => import('./pages/recipients/RecipientsPage').then((m) => ({ default: m.RecipientsPage })));
const DuePage = lazy(() => import('./pages/incoming/DuePage').then((m) => ({ default: m.DuePage })));
const SettingsPage = lazy(() => import('./pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

function ScreenView({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'incoming':
      return <IncomingPage />;
    case 'due':
      return <DuePage />;
    case 'outgoing':
      return <OutgoingPage />;
    case 'compose':
      return <ComposePage />;
    case 'templates':
      return <TemplatesPage />;
    case 'recipients':
      return <RecipientsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function App() {
  const screen = useUi((s) => s.screen);
  const navigate = useUi((s) => s.navigate);
  const profile = useProfileStore((s) => s.profile);
  const status = useProfileStore((s) => s.status);
  const load = useProfileStore((s) => s.load);

  // The profile and the register are requested in main.tsx, before the first render.
  useEffect(() => installShortcuts(), []);

  const firstRun = status === 'ready' && !profile;

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">{vi.appName}</div>
        <div className="office" data-testid="office-name">
          {profile ? (
            <>
              <span className="office-parent">{profile.parentBody}</span>
              <span className="office-issuer">{profile.issuer}</span>
            </>
          ) : status === 'ready' ? (
            <span className="office-missing">{vi.noProfile}</span>
          ) : (
            <span>{vi.loading}</span>
          )}
        </div>
        <div className="header-hint">{vi.shortcuts.hint}</div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={vi.navLabel}>
          {SCREENS.map((s) => (
            <button key={s} type="button" disabled={firstRun} className={s === screen && !firstRun ? 'active' : ''} aria-current={s === screen && !firstRun ? 'page' : undefined} onClick={() => navigate(s)}>
              {vi.nav[s]}
              {s === 'due' && <OverdueBadge />}
            </button>
          ))}
        </nav>
        {firstRun ? (
          <Suspense fallback={<p>{vi.loading}</p>}>
            <FirstRun />
          </Suspense>
        ) : (
          <main className="app-main">
            {profile && <OverdueBanner />}
            {profile ? (
              <Suspense fallback={<p>{vi.loading}</p>}>
                <ScreenView screen={screen} />
              </Suspense>
            ) : status === 'error' ? (
              <button type="button" onClick={() => void load()}>
                {vi.retry}
              </button>
            ) : (
              <p>{vi.loading}</p>
            )}
          </main>
        )}
      </div>
      <Notifications />
    </div>
  );
}
