import { useEffect, useState } from 'react';
import { UNIT_KIND_LABELS, type Unit } from '../../../shared/domain/directory';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { vi } from '../../i18n/vi';
import { useDirectoryStore } from '../../stores/directoryStore';
import { useShortcut } from '../../shortcuts';
import { GroupEditor } from './GroupEditor';
import { ImportUnitsDialog, UnitDialog } from './UnitDialogs';

export function RecipientsPage() {
  const { units, groups, status, load, deleteUnit } = useDirectoryStore();
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [deleting, setDeleting] = useState<Unit | null>(null);
  const [groupId, setGroupId] = useState<number | 'new' | null>(null);

  useEffect(() => {
    void load();
  }, [load]);
  useShortcut('new', () => setEditing('new'));

  const group = typeof groupId === 'number' ? (groups.find((g) => g.id === groupId) ?? null) : null;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{vi.nav.recipients}</h1>
        <button type="button" onClick={() => setImporting(true)}>
          {vi.recipients.importList}
        </button>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          {vi.recipients.addUnit}
        </button>
      </div>
      <div className="split">
        <section aria-labelledby="units-h">
          <h2 id="units-h">{vi.recipients.units}</h2>
          <DataTable
            label={vi.recipients.units}
            rows={units}
            rowKey={(u) => u.id}
            busy={status === 'loading'}
            empty={<EmptyState title={vi.recipients.noUnits} />}
            columns={[
              { key: 'name', header: vi.recipients.unitName, render: (u) => u.name },
              { key: 'kind', header: vi.recipients.unitKind, render: (u) => UNIT_KIND_LABELS[u.kind] },
              {
                key: 'act',
                header: '',
                className: 'nowrap',
                render: (u) => (
                  <>
                    <button type="button" className="link-button" aria-label={vi.recipients.editUnit(u.name)} onClick={() => setEditing(u)}>
                      {vi.common.edit}
                    </button>
                    <button type="button" className="link-button" aria-label={vi.recipients.deleteUnit(u.name)} onClick={() => setDeleting(u)}>
                      {vi.common.remove}
                    </button>
                  </>
                ),
              },
            ]}
          />
        </section>
        <section className="panel" aria-labelledby="groups-h">
          <div className="page-head">
            <h2 id="groups-h">{vi.recipients.groups}</h2>
            <button type="button" onClick={() => setGroupId('new')}>
              {vi.recipients.addGroup}
            </button>
          </div>
          {groups.length === 0 && groupId === null && <EmptyState title={vi.recipients.noGroups} />}
          <ul className="group-list">
            {groups.map((g) => (
              <li key={g.id}>
                <button type="button" className={g.id === groupId ? 'active' : ''} aria-label={vi.recipients.openGroup(g.name)} onClick={() => setGroupId(g.id)}>
                  <span>{g.name}</span> <span className="muted">{vi.recipients.memberCount(g.members.length)}</span>
                </button>
              </li>
            ))}
          </ul>
          {groupId !== null && (
            <GroupEditor key={String(groupId)} group={group} units={units} onSaved={(g) => setGroupId(g.id)} onDeleted={() => setGroupId(null)} />
          )}
        </section>
      </div>
      {editing && <UnitDialog unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {importing && <ImportUnitsDialog onClose={() => setImporting(false)} />}
      {deleting && (
        <ConfirmDialog
          title={vi.recipients.deleteUnit(deleting.name)}
          message={vi.recipients.deleteUnitConfirm(deleting.name)}
          onClose={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            void deleteUnit(id);
          }}
        />
      )}
    </div>
  );
}
