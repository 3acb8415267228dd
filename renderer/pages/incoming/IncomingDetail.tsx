import { useEffect, useState } from 'react';
import { type AttachmentMeta } from '../../../shared/domain/incoming';
import type { OutgoingDocument } from '../../../shared/domain/outgoing';
import { formatDateShort } from '../../../shared/text/dates';
import { vi } from '../../i18n/vi';
import { useIncomingStore } from '../../stores/incomingStore';
import { useNotifications } from '../../stores/notificationsStore';
import { useOutgoingStore } from '../../stores/outgoingStore';
import { useUi } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { HandlingPanel } from './HandlingPanel';
import { ReviewForm } from './ReviewForm';
import { reviewValues, toFields, type ReviewValues } from './review';


/** One incoming document: fields, status and deadline, full text, attachments, linked replies. */
export function IncomingDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const open = useIncomingStore((s) => s.open);
  const update = useIncomingStore((s) => s.update);
  const saveAttachment = useIncomingStore((s) => s.saveAttachment);
  const getOutgoing = useOutgoingStore((s) => s.get);
  const startCompose = useUi((s) => s.startCompose);
  const openOutgoing = useUi((s) => s.openOutgoing);
  const rec = useIncomingStore((s) => (s.current?.id === id ? s.current : null));
  const [values, setValues] = useState<ReviewValues | null>(null);
  const [replies, setReplies] = useState<OutgoingDocument[]>([]);

  useEffect(() => {
    void open(id, true).then((r) => r && setValues(reviewValues(r)));
  }, [id, open]);
  useEffect(() => {
    if (!rec) return;
    let live = true;
    void Promise.all(rec.replyIds.map((rid) => getOutgoing(rid))).then((docs) => live && setReplies(docs.filter((d): d is OutgoingDocument => d !== null)));
    return () => {
      live = false;
    };
  }, [rec, getOutgoing]);

  const save = async () => {
    if (!values) return;
    const r = await update({ id, ...toFields(values) });
    if (r) useNotifications.getState().info(vi.common.saved);
  };
  useShortcut('save', () => void save());

  const download = (a: AttachmentMeta) => saveAttachment(a.id);

  if (!rec || !values) return <p>{vi.loading}</p>;
  return (
    <div className="page">
      <div className="page-head">
        <button type="button" onClick={onBack}>
          ← {vi.incoming.backToList}
        </button>
        <h1>{vi.incoming.detailTitle(rec.arrivalNumber, rec.arrivalYear)}</h1>
        <button type="button" onClick={() => startCompose({ kind: 'quickReport', incomingId: rec.id, draftId: null })}>
          {vi.incoming.composeQuick}
        </button>
        <button type="button" className="primary" onClick={() => startCompose({ kind: 'forwarding', incomingId: rec.id, draftId: null })}>
          {vi.incoming.composeForward}
        </button>
      </div>
      <div className="split">
        <section className="panel form" aria-label={vi.incoming.reviewTitle}>
          <ReviewForm values={values} confidence={{}} onChange={setValues} showArrival={false} />
          <div className="actions">
            <button type="button" className="primary" onClick={() => void save()}>
              {vi.incoming.saveChanges}
            </button>
          </div>
        </section>
        <div className="page">
          {/* Handling changes deadline and handler: reload the record and the form so a later save keeps them. */}
          <HandlingPanel id={rec.id} onChanged={() => void open(id).then((r) => r && setValues(reviewValues(r)))} />
          <section className="panel" aria-labelledby="att-h">
            <h2 id="att-h">{vi.incoming.attachments}</h2>
            {rec.attachments.length === 0 ? (
              <p className="muted">{vi.incoming.noAttachments}</p>
            ) : (
              <ul className="plain-list">
                {rec.attachments.map((a) => (
                  <li key={a.id}>
                    <span>{a.fileName}</span> <span className="muted">({Math.ceil(a.size / 1024)} KB)</span>
                    <button type="button" className="link-button" aria-label={vi.incoming.saveAttachment(a.fileName)} onClick={() => void download(a)}>
                      {vi.incoming.saveAttachment('')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="rep-h">
            <h2 id="rep-h">{vi.incoming.replies}</h2>
            {replies.length === 0 ? (
              <p className="muted">{vi.incoming.noReplies}</p>
            ) : (
              <ul className="plain-list">
                {replies.map((d) => (
                  <li key={d.id}>
                    <button type="button" className="link-button" onClick={() => openOutgoing(d.id)}>
                      {d.symbol}
                    </button>{' '}
                    {formatDateShort(d.date)} — {d.subject}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="ft-h">
            <h2 id="ft-h">{vi.incoming.fullText}</h2>
            <div className="full-text" tabIndex={0}>
              {rec.fullText || vi.common.none}
            </div>
          </section>
        </div>
      </div>
    </div>
  );
}
