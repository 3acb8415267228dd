import type { ReactNode } from 'react';
import { vi } from '../i18n/vi';

export type Column<T> = { key: string; header: string; render: (row: T) => ReactNode; className?: string };

type Props<T> = {
  label: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  onOpen?: (row: T) => void;
  /** Accessible name of the row's open action, e.g. "Mở văn bản 3080-CV/BTGTU". */
  openLabel?: (row: T) => string;
  rowClass?: (row: T) => string;
  paging?: { page: number; pageSize: number; total: number; onPage: (page: number) => void };
  busy?: boolean;
  empty?: ReactNode;
};

/** A register table with server paging; rows open with a click or Enter. */
export function DataTable<T>({ label, columns, rows, rowKey, onOpen, openLabel, rowClass, paging, busy, empty }: Props<T>) {
  const pages = paging ? Math.max(1, Math.ceil(paging.total / paging.pageSize)) : 1;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-label={label} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={rowKey(r)}
              className={[onOpen ? 'clickable' : '', rowClass?.(r) ?? ''].join(' ').trim() || undefined}
              tabIndex={onOpen ? 0 : undefined}
              aria-label={openLabel?.(r)}
              onClick={onOpen ? () => onOpen(r) : undefined}
              onKeyDown={onOpen ? (e) => e.key === 'Enter' && onOpen(r) : undefined}
            >
              {columns.map((c) => (
                <td key={c.key} className={c.className}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && !busy && empty}
      {paging && paging.total > 0 && (
        <div className="pager">
          <button type="button" disabled={paging.page <= 1} onClick={() => paging.onPage(paging.page - 1)}>
            {vi.common.prevPage}
          </button>
          <span aria-live="polite">{vi.common.pageOf(paging.page, pages, paging.total)}</span>
          <button type="button" disabled={paging.page >= pages} onClick={() => paging.onPage(paging.page + 1)}>
            {vi.common.nextPage}
          </button>
        </div>
      )}
    </div>
  );
}
