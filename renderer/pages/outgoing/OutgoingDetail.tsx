import { useEffect, useState } from 'react';
import type { OutgoingDocument, OutgoingFileKind } from '../../../shared/domain/outgoing';
import { formatDateShort } from '../../../shared/text/dates';
import { vi } from '../../i18n/vi';
import { useOutgoingStore } from '../../stores/outgoingStore';
import { useUi } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { VoidDialog } from './VoidDialog';

export function OutgoingDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const get = useOutgoingStore((s) => s.get);
  const openIncoming = useUi((s) => s.openIncoming);
  const startCompose = useUi((s) => s.startCompose);
  const exportFile = useOutgoingStore((s) => s.exportDoc);
  const exportDoc = (d: OutgoingDocument, kind: OutgoingFileKind, withIncoming = false) => exportFile(d.id, kind, withIncoming);
  const [doc, setDoc] = useState<OutgoingDocument | null>(null);
  const [voiding, setVoiding] = useState(false);

  useEffect(() => {
    void get(id).then(setDoc);
  }, [id, get]);
  useShortcut('print', doc ? () => void exportDoc(doc, 'pdf') : null);

  if (!doc) return <p>{vi.loading}</p>;
  const f = vi.outgoing.fields;
  return (
    <div className="page">
      <div className="page-head">
        <button type="button" onClick={onBack}>
          ← {vi.outgoing.backToList}
        </button>
        <h1>{doc.numberLine}</h1>
        {doc.status === 'void' && <span className="badge badge-danger">{vi.outgoing.voidedBecause(doc.voidReason ?? '')}</span>}
      </div>
      <section className="panel">
        <dl className="kv">
          <dt>{vi.outgoing.cols.subject}</dt>
          <dd>{doc.subject}</dd>
          <dt>{f.date}</dt>
          <dd>{formatDateShort(doc.date)}</dd>
          <dt>{f.signer}</dt>
          <dd>
            {doc.signerName} {doc.signerTitle && <span className="muted">({doc.signerTitle})</span>}
          </dd>
          <dt>{f.addressees}</dt>
          <dd className="pre">{doc.addressees || vi.common.none}</dd>
          <dt>{f.distribution}</dt>
          <dd className="pre">{doc.distribution || vi.common.none}</dd>
          <dt>{f.copies}</dt>
          <dd>{doc.copies}</dd>
          {doc.incomingId && (
            <>
              <dt>{f.incoming}</dt>
              <dd>
                <button type="button" className="link-button" onClick={() => openIncoming(doc.incomingId)}>
                  {vi.outgoing.openIncoming}
                </button>
              </dd>
            </>
          )}
          <dt>{f.files}</dt>
          <dd>{doc.files.length ? doc.files.map((x) => x.fileName).join(', ') : vi.outgoing.noFiles}</dd>
        </dl>
        <div className="actions">
          <button type="button" onClick={() => void exportDoc(doc, 'docx')}>
            {vi.outgoing.exportDocx}
          </button>
          <button type="button" className="primary" onClick={() => void exportDoc(doc, 'pdf')}>
            {vi.outgoing.exportPdf}
          </button>
          {doc.incomingId && (
            <button type="button" onClick={() => void exportDoc(doc, 'pdf', true)}>
              {vi.outgoing.exportPdfWithAttachment}
            </button>
          )}
          {doc.templateData && (
            <button type="button" onClick={() => startCompose({ kind: doc.templateId?.includes('quick') ? 'quickReport' : 'forwarding', incomingId: doc.incomingId, draftId: null, fromOutgoingId: doc.id })}>
              {vi.outgoing.reuse}
            </button>
          )}
          {doc.status !== 'void' && (
            <button type="button" className="danger" onClick={() => setVoiding(true)}>
              {vi.outgoing.voidButton}
            </button>
          )}
        </div>
      </section>
      {voiding && (
        <VoidDialog
          doc={doc}
          onClose={(voided) => {
            setVoiding(false);
            if (voided) void get(id).then(setDoc);
          }}
        />
      )}
    </div>
  );
}
