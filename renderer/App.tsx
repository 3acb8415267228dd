import { useEffect, useState } from 'react';
import { vi } from './i18n/vi';
import { useProfileStore } from './stores/profileStore';
import { Notifications } from './components/Notifications';

export type Screen = keyof typeof vi.nav;
const SCREENS: Screen[] = ['incoming', 'outgoing', 'compose', 'recipients', 'settings'];

export function App() {
  const [screen, setScreen] = useState<Screen>('incoming');
  const profile = useProfileStore((s) => s.profile);
  const status = useProfileStore((s) => s.status);
  const load = useProfileStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

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
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label={vi.navLabel}>
          {SCREENS.map((s) => (
            <button key={s} type="button" className={s === screen ? 'active' : ''} aria-current={s === screen ? 'page' : undefined} onClick={() => setScreen(s)}>
              {vi.nav[s]}
            </button>
          ))}
        </nav>
        <main className="app-main">
          <h1>{vi.nav[screen]}</h1>
        </main>
      </div>
      <Notifications />
    </div>
  );
}
