import { lazy, Suspense, useEffect, useState } from 'react';
import type { IncomingRow, SnippetPart } from '../../../shared/domain/incoming';
import { INCOMING_STATUSES } from '../../../shared/domain/incomingValues';
import { formatDateShort } from '../../../shared/text/dates';
import { localYear, todayIn } from '../../../shared/text/today';
import { DataTable, type Column } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Field } from '../../components/Field';
import { vi } from '../../i18n/vi';
import { PAGE_SIZE, useIncomingStore } from '../../stores/incomingStore';
import { useUi } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { COMMON_INCOMING_TYPES, typeOptionLabel } from '../../../shared/numbering/types';
import { recentYears, SelectFilter } from '../../components/SelectFilter';

// Opened on demand: kept out of the first load.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const PrintIncomingDialog = lazy(() => import('./PrintIncomingDialog').then((m) => ({ default: m.PrintIncomingDialog })));
const IncomingDetail = lazy(() => import('./IncomingDetail').then((m) => ({ default: m.IncomingDetail })));

const date = (iso: string | null) => (iso ? formatDateShort(iso) : '');

export const Snippet = ({ parts }: { parts: SnippetPart[] }) => (
  <span className="snippet">{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</span>
);

const statusBadge = (r: IncomingRow) => {
  const overdue = r.deadline && r.status !== 'da-xu-ly' && r.deadline < todayIn(new Date());
  const cls = r.status === 'da-xu-ly' ? 'badge badge-ok' : overdue ? 'badge badge-danger' : r.status === 'moi' ? 'badge badge-warn' : 'badge';
  return (
    <span className={cls}>
      {vi.incoming.statuses[r.status]}
      {overdue ? ` · ${vi.incoming.overdue}` : ''}
    </span>
  );
};

const columns: Column<IncomingRow>[] = [
  { key: 'arr', header: vi.incoming.cols.arrival, className: 'num', render: (r) => r.arrivalNumber },
  { key: 'arrDate', header: vi.incoming.cols.arrivalDate, className: 'nowrap', render: (r) => date(r.arrivalDate) },
  { key: 'number', header: vi.incoming.cols.number, className: 'nowrap', render: (r) => r.number },
  { key: 'issuer', header: vi.incoming.cols.issuer, render: (r) => r.issuer },
  {
    key: 'subject',
    header: vi.incoming.cols.subject,
    className: 'subject',
    render: (r) => (
      <>
        <div>{r.subject}</div>
        {r.snippet && r.snippet.some((p) => p.hit) && (
          <div className="muted">
            <Snippet parts={r.snippet} />
          </div>
        )}
      </>
    ),
  },
  { key: 'deadline', header: vi.incoming.cols.deadline, className: 'nowrap', render: (r) => date(r.deadline) },
  { key: 'status', header: vi.incoming.cols.status, render: statusBadge },
];

export function IncomingPage() {
  const s = useIncomingStore();
  const openId = useUi((u) => u.incomingId);
  const openIncoming = useUi((u) => u.openIncoming);
  const [importing, setImporting] = useState(false);
  const [printing, setPrinting] = useState(false);
  const year = localYear(new Date());

  useEffect(() => {
    void s.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on mount; the store re-fetches on its own changes
  }, []);
  useShortcut('new', () => setImporting(true));

  if (openId !== null) {
    return (
      <Suspense fallback={<p>{vi.loading}</p>}>
        <IncomingDetail id={openId} onBack={() => openIncoming(null)} />
      </Suspense>
    );
  }

  const filtered = s.query.trim() || s.filters.year || s.filters.issuer || s.filters.typeCode || s.filters.status;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{vi.nav.incoming}</h1>
        <button type="button" onClick={() => setPrinting(true)}>
          {vi.handling.printRegister}
        </button>
        <button type="button" className="primary" onClick={() => setImporting(true)}>
          {vi.incoming.importButton}
        </button>
      </div>
      <div className="toolbar" role="search">
        <Field label={vi.common.search} className="search-box">
          <input type="search" value={s.query} placeholder={vi.incoming.searchPlaceholder} maxLength={500} onChange={(e) => s.setQuery(e.target.value)} />
        </Field>
        <SelectFilter label={vi.incoming.year} value={s.filters.year ? String(s.filters.year) : ''} options={recentYears(year)} onChange={(v) => s.setFilters({ year: v ? Number(v) : null })} />
        <Field label={vi.incoming.issuer}>
          <input value={s.filters.issuer} maxLength={300} onChange={(e) => s.setFilters({ issuer: e.target.value })} />
        </Field>
        <SelectFilter label={vi.incoming.type} value={s.filters.typeCode} options={COMMON_INCOMING_TYPES.map((c) => ({ value: c, label: typeOptionLabel(c) }))} onChange={(v) => s.setFilters({ typeCode: v })} />
        <SelectFilter
          label={vi.incoming.status}
          value={s.filters.status}
          options={INCOMING_STATUSES.map((st) => ({ value: st, label: vi.incoming.statuses[st] }))}
          onChange={(v) => s.setFilters({ status: v as (typeof INCOMING_STATUSES)[number] | '' })}
        />
      </div>
      <DataTable
        label={vi.incoming.register}
        columns={columns}
        rows={s.rows}
        rowKey={(r) => r.id}
        busy={s.status === 'loading'}
        onOpen={(r) => openIncoming(r.id)}
        openLabel={(r) => vi.incoming.openRow(r.arrivalNumber, r.number)}
        paging={{ page: s.page, pageSize: PAGE_SIZE, total: s.total, onPage: s.setPage }}
        empty={<EmptyState title={filtered ? vi.incoming.noMatch : vi.incoming.empty} />}
      />
      {printing && (
        <Suspense fallback={null}>
          <PrintIncomingDialog onClose={() => setPrinting(false)} />
        </Suspense>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog
          onClose={() => setImporting(false)}
            onSaved={() => {
              setImporting(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
