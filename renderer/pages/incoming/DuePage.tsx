import { useEffect } from 'react';
import { formatDateShort } from '../../../shared/text/dates';
import { vi } from '../../i18n/vi';
import { useHandlingStore } from '../../stores/handlingStore';
import { useUi } from '../../stores/uiStore';

const t = vi.handling;

/** "Sắp đến hạn": overdue and due-soon incoming documents, urgent first. */
export function DuePage() {
  const due = useHandlingStore((s) => s.due);
  const loadDue = useHandlingStore((s) => s.loadDue);
  const openIncoming = useUi((s) => s.openIncoming);
  useEffect(() => {
    void loadDue();
  }, [loadDue]);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t.due}</h1>
      </div>
      {!due ? (
        <p>{vi.loading}</p>
      ) : due.rows.length === 0 ? (
        <p className="muted">{t.dueEmpty}</p>
      ) : (
        <section className="panel">
          <p role="status">{t.dueSummary(due.overdue, due.dueSoon)}</p>
          <table className="data-table" aria-label={t.due}>
            <thead>
              <tr>
                {[t.cols.arrival, t.cols.number, t.cols.subject, t.cols.urgency, t.cols.deadline, t.cols.left, t.cols.lead, t.cols.step].map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {due.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <button type="button" className="link-button" aria-label={vi.incoming.openRow(r.arrivalNumber, r.number)} onClick={() => openIncoming(r.id)}>
                      {r.arrivalNumber}/{r.arrivalYear}
                    </button>
                  </td>
                  <td>{r.number}</td>
                  <td>{r.subject}</td>
                  <td>{r.urgency ?? ''}</td>
                  <td>{formatDateShort(r.deadline)}</td>
                  <td>
                    <span className={r.daysLeft < 0 ? 'badge badge-danger' : 'badge badge-warn'}>{t.daysLeft(r.daysLeft)}</span>
                  </td>
                  <td>{r.lead}</td>
                  <td>{t.steps[r.step]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
