import { useEffect, useState } from 'react';
import { OUTGOING_STATUSES, type OutgoingSummary } from '../../../shared/domain/outgoing';
import { formatDateShort } from '../../../shared/text/dates';
import { localYear } from '../../../shared/text/today';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { OUTGOING_PAGE_SIZE, useOutgoingStore } from '../../stores/outgoingStore';
import { useUi } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { OutgoingDetail } from './OutgoingDetail';
import { PrintRegisterDialog } from './PrintRegisterDialog';
import { VoidDialog } from './VoidDialog';
import { COMMON_OUTGOING_TYPES, typeOptionLabel } from '../../../shared/numbering/types';
import { recentYears, SelectFilter } from '../../components/SelectFilter';

const firstLine = (s: string) => s.split('\n').map((l) => l.replace(/^[-–•\s]+/, '').trim()).filter(Boolean).join('; ');

export function OutgoingPage() {
  const s = useOutgoingStore();
  const openId = useUi((u) => u.outgoingId);
  const openOutgoing = useUi((u) => u.openOutgoing);
  const navigate = useUi((u) => u.navigate);
  const [printing, setPrinting] = useState(false);
  const [voiding, setVoiding] = useState<OutgoingSummary | null>(null);
  const year = localYear(new Date());

  useEffect(() => {
    void s.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on mount
  }, []);
  useShortcut('print', () => setPrinting(true));
  useShortcut('new', () => navigate('compose'));

  if (openId !== null) return <OutgoingDetail id={openId} onBack={() => openOutgoing(null)} />;

  const columns: Column<OutgoingSummary>[] = [
    { key: 'num', header: vi.outgoing.cols.number, className: 'nowrap', render: (r) => r.symbol },
    { key: 'date', header: vi.outgoing.cols.date, className: 'nowrap', render: (r) => formatDateShort(r.date) },
    { key: 'subject', header: vi.outgoing.cols.subject, className: 'subject', render: (r) => r.subject },
    { key: 'signer', header: vi.outgoing.cols.signer, render: (r) => r.signerName },
    { key: 'to', header: vi.outgoing.cols.addressees, render: (r) => firstLine(r.addressees) },
    { key: 'copies', header: vi.outgoing.cols.copies, className: 'num', render: (r) => r.copies },
    {
      key: 'status',
      header: vi.outgoing.cols.status,
      render: (r) =>
        r.status === 'void' ? (
          <span className="badge badge-danger" title={r.voidReason ?? ''}>
            {vi.outgoing.statuses.void}
          </span>
        ) : (
          <span className="status-cell">
            <span className="badge badge-ok">{vi.outgoing.statuses.issued}</span>
            <button
              type="button"
              className="link-button"
              aria-label={vi.outgoing.voidTitle(r.symbol)}
              onClick={(e) => {
                e.stopPropagation();
                setVoiding(r);
              }}
            >
              {vi.common.cancel}
            </button>
          </span>
        ),
    },
  ];

  return (
    <div className="page">
      <div className="page-head">
        <h1>{vi.nav.outgoing}</h1>
        <button type="button" onClick={() => setPrinting(true)}>
          {vi.outgoing.printRegister}
        </button>
      </div>
      <div className="toolbar" role="search">
        <Field label={vi.common.search} className="search-box">
          <input type="search" value={s.query} placeholder={vi.outgoing.searchPlaceholder} maxLength={500} onChange={(e) => s.setQuery(e.target.value)} />
        </Field>
        <SelectFilter label={vi.incoming.year} value={s.filters.year ? String(s.filters.year) : ''} options={recentYears(year)} onChange={(v) => s.setFilters({ year: v ? Number(v) : null })} />
        <SelectFilter label={vi.incoming.type} value={s.filters.typeCode} options={COMMON_OUTGOING_TYPES.map((c) => ({ value: c, label: typeOptionLabel(c) }))} onChange={(v) => s.setFilters({ typeCode: v })} />
        <SelectFilter
          label={vi.incoming.status}
          value={s.filters.status}
          options={OUTGOING_STATUSES.map((st) => ({ value: st, label: vi.outgoing.statuses[st] }))}
          onChange={(v) => s.setFilters({ status: v as (typeof OUTGOING_STATUSES)[number] | '' })}
        />
      </div>
      <DataTable
        label={vi.outgoing.register}
        columns={columns}
        rows={s.rows}
        rowKey={(r) => r.id}
        busy={s.status === 'loading'}
        onOpen={(r) => openOutgoing(r.id)}
        openLabel={(r) => vi.outgoing.openRow(r.symbol)}
        rowClass={(r) => (r.status === 'void' ? 'voided' : '')}
        paging={{ page: s.page, pageSize: OUTGOING_PAGE_SIZE, total: s.total, onPage: s.setPage }}
        empty={<EmptyState title={s.query || s.filters.year || s.filters.typeCode || s.filters.status ? vi.outgoing.noMatch : vi.outgoing.empty} />}
      />
      {printing && <PrintRegisterDialog onClose={() => setPrinting(false)} />}
      {voiding && <VoidDialog doc={voiding} onClose={() => setVoiding(null)} />}
    </div>
  );
}
