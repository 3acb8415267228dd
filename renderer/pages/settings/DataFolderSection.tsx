import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { useAppStore } from '../../stores/appStore';
import { useNotifications } from '../../stores/notificationsStore';

/** Where the data lives; moving it copies first and switches only when the copy is complete. */
export function DataFolderSection() {
  const { info, location, load, moveData } = useAppStore();
  const [target, setTarget] = useState('');
  const [confirm, setConfirm] = useState<{ target: string; warning: string } | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const move = async (input: { target?: string; acceptNetworkRisk?: boolean }) => {
    const r = await moveData(input);
    if (!r) return;
    if (r.status === 'needsConfirmation') setConfirm({ target: r.target, warning: r.warning });
    else if (r.status === 'moved') useNotifications.getState().info(vi.settings.moved + (r.warning ? ` ${r.warning}` : ''));
  };

  return (
    <section className="panel form" aria-labelledby="data-h">
      <h2 id="data-h">{vi.settings.dataSection}</h2>
      <dl className="kv">
        <dt>{vi.settings.dataLocation}</dt>
        <dd>{location?.dataDir ?? vi.loading}</dd>
        {location?.network.isNetwork && (
          <>
            <dt />
            <dd className="banner banner-warn">{location.network.reason}</dd>
          </>
        )}
      </dl>
      <div className="toolbar">
        {info && !info.dialogs && (
          <Field label={vi.settings.moveDataTarget}>
            <input value={target} maxLength={1024} onChange={(e) => setTarget(e.target.value)} />
          </Field>
        )}
        <button type="button" disabled={!info || (!info.dialogs && !target.trim())} onClick={() => void move(info?.dialogs ? {} : { target: target.trim() })}>
          {vi.settings.moveData}
        </button>
      </div>
      {confirm && (
        <ConfirmDialog
          title={vi.settings.moveData}
          message={confirm.warning}
          onClose={() => setConfirm(null)}
          onConfirm={() => {
            const t = confirm.target;
            setConfirm(null);
            void move({ target: t, acceptNetworkRisk: true });
          }}
        />
      )}
    </section>
  );
}
