import { useState } from 'react';
import { vi } from '../../i18n/vi';
import { useNotifications } from '../../stores/notificationsStore';
import { useProfileStore } from '../../stores/profileStore';
import { BackupSection } from './BackupSection';
import { CountersSection } from './CountersSection';
import { DataFolderSection } from './DataFolderSection';
import { FormatSection } from './FormatSection';
import { HandlingSection } from './HandlingSection';
import { ProfileForm, toDraft, type ProfileDraft } from './ProfileForm';

export function SettingsPage() {
  const profile = useProfileStore((s) => s.profile);
  const save = useProfileStore((s) => s.save);
  const [draft, setDraft] = useState<ProfileDraft | null>(() => (profile ? toDraft(profile) : null));
  const [busy, setBusy] = useState(false);

  return (
    <div className="page">
      <h1>{vi.nav.settings}</h1>
      <section className="panel" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{vi.settings.profileSection}</h2>
        <p className="muted">{vi.profile.savedNote}</p>
        {draft && (
          <ProfileForm
            value={draft}
            onChange={setDraft}
            busy={busy}
            submitLabel={vi.common.save}
            onSubmit={async (input) => {
              setBusy(true);
              const saved = await save(input);
              setBusy(false);
              if (saved) {
                setDraft(toDraft(saved));
                useNotifications.getState().info(vi.profile.saved);
              }
            }}
          />
        )}
      </section>
      <FormatSection />
      <CountersSection />
      <HandlingSection />
      <BackupSection />
      <DataFolderSection />
    </div>
  );
}
