import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useBackupStore } from '../../stores/backupStore';
import { useNotifications } from '../../stores/notificationsStore';

const when = (iso: string) => new Date(iso).toLocaleString('vi-VN');

export function BackupSection() {
  const { backups, settings, busy, load, create, restore, saveSettings } = useBackupStore();
  // null: not edited yet, show the saved setting.
  const [keepEdit, setKeep] = useState<string | null>(null);
  const [autoEdit, setAuto] = useState<boolean | null>(null);
  const keep = keepEdit ?? String(settings?.keep ?? '');
  const auto = autoEdit ?? settings?.autoDaily ?? true;
  const [restoring, setRestoring] = useState<string | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="panel form" aria-labelledby="backup-h">
      <h2 id="backup-h">{vi.settings.backupSection}</h2>
      {settings && <p className="muted">{settings.effectiveFolder}</p>}
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={async () => {
            const b = await create();
            if (b) useNotifications.getState().info(vi.settings.backupDone(b.fileName));
          }}
        >
          {vi.settings.backupNow}
        </button>
        <label className="check">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          {vi.settings.backupAuto}
        </label>
        <Field label={vi.settings.backupKeep} className="narrow">
          <input type="number" min={1} max={365} value={keep} onChange={(e) => setKeep(e.target.value)} />
        </Field>
        <button
          type="button"
          disabled={busy || !settings}
          onClick={async () => {
            if (settings && (await saveSettings({ folder: settings.folder, keep: Number(keep) || settings.keep, autoDaily: auto }))) useNotifications.getState().info(vi.common.saved);
          }}
        >
          {vi.settings.backupSaveSettings}
        </button>
      </div>
      <h3>{vi.settings.backupList}</h3>
      {backups.length === 0 ? (
        <p className="muted">{vi.settings.backupEmpty}</p>
      ) : (
        <ul className="plain-list">
          {backups.slice(0, 15).map((b) => (
            <li key={b.fileName}>
              <span>{when(b.createdAt)}</span> <span className="muted">{b.fileName} · {Math.ceil(b.size / 1024)} KB</span>{' '}
              <button type="button" className="link-button" aria-label={vi.settings.backupRestoreOf(b.fileName)} onClick={() => setRestoring(b.fileName)}>
                {vi.settings.backupRestore}
              </button>
            </li>
          ))}
        </ul>
      )}
      {restoring && (
        <ConfirmDialog
          title={vi.settings.backupRestoreOf(restoring)}
          message={vi.settings.backupRestoreConfirm}
          confirmLabel={vi.settings.backupRestore}
          onClose={() => setRestoring(null)}
          onConfirm={async () => {
            const name = restoring;
            setRestoring(null);
            if (await restore(name)) {
              useNotifications.getState().info(vi.settings.backupRestored);
              setTimeout(() => window.location.reload(), 1500);
            }
          }}
        />
      )}
    </section>
  );
}
