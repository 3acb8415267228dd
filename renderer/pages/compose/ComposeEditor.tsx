import { useEffect, useState } from 'react';
import type { NumberPreview } from '../../../shared/domain/outgoing';
import type { OfficeProfile } from '../../../shared/domain/profile';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { DateInput } from '../../components/DateInput';
import { vi } from '../../i18n/vi';
import { useComposeStore } from '../../stores/composeStore';
import { useFilesStore } from '../../stores/filesStore';
import { useNotifications } from '../../stores/notificationsStore';
import { useOutgoingStore } from '../../stores/outgoingStore';
import { useUi } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { useExport } from '../outgoing/OutgoingDetail';
import { AddresseePicker } from './AddresseePicker';
import { FactsPanel } from './FactsPanel';
import { TemplateField } from './FieldEditors';
import { PdfPreview } from './PdfPreview';

const MIME = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } as const;

/** The wording form on the left, the live PDF on the right; "Phát hành" issues and registers it. */
export function ComposeEditor({ profile, title }: { profile: OfficeProfile; title: string }) {
  const { doc, facts, templates, savedAt, issued, edit, preview, issue, discard, close } = useComposeStore();
  const peek = useOutgoingStore((s) => s.peek);
  const saveFile = useFilesStore((s) => s.save);
  const exportIssued = useExport();
  const [next, setNext] = useState<NumberPreview | null>(null);
  const [confirmIssue, setConfirmIssue] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const template = templates.find((t) => t.id === doc?.templateId);

  useEffect(() => {
    if (!doc || !template || issued) return;
    let live = true;
    void peek({ typeCode: template.typeCode, date: doc.date }).then((p) => live && setNext(p));
    return () => {
      live = false;
    };
  }, [doc?.date, template, issued, peek, doc]);

  const exportDraft = async (format: 'pdf' | 'docx') => {
    if (issued) return void exportIssued(issued, format);
    try {
      const r = await preview(profile, format);
      const name = `${vi.compose.draftFileName(doc?.kind ?? 'van-ban')}.${format}`;
      await saveFile({ fileName: name, mime: MIME[format], dataBase64: r.dataBase64 }, format);
    } catch (e) {
      useNotifications.getState().push(e);
    }
  };
  useShortcut('print', () => void exportDraft('pdf'));
  useShortcut('save', () => void useComposeStore.getState().flush().then(() => useNotifications.getState().info(vi.common.saved)));

  if (!doc) return null;
  const setField = (k: string, v: unknown) => edit({ fields: { ...doc.fields, [k]: v } });

  return (
    <div className="page">
      <div className="page-head">
        <h1>{title}</h1>
        <span className="muted" role="status">
          {issued ? vi.compose.issuedAs(issued.numberLine) : savedAt ? vi.drafts.savedAt(new Date(savedAt).toLocaleTimeString('vi-VN')) : ''}
        </span>
      </div>
      <div className="split compose">
        <div className="form compose-form">
          <fieldset disabled={issued !== null}>
            <legend>{template?.name ?? doc.templateId}</legend>
            <div className="grid-3 full">
              <DateInput label={vi.compose.date} value={doc.date} onChange={(iso) => edit({ date: iso })} />
              <Field label={vi.compose.signer}>
                <select value={doc.signerIndex} onChange={(e) => edit({ signerIndex: Number(e.target.value) })}>
                  {profile.signers.map((s, i) => (
                    <option key={i} value={i}>
                      {[s.authority, s.title].filter(Boolean).join(' ')} — {s.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={vi.compose.copies}>
                <input type="number" min={0} value={doc.copies} onChange={(e) => edit({ copies: Math.max(0, Number(e.target.value) || 0) })} />
              </Field>
            </div>
            {template &&
              Object.entries(template.fields).map(([k, def]) => (
                <div className="full" key={k}>
                  <TemplateField name={k} def={def} value={doc.fields[k]} onChange={(v) => setField(k, v)} sources={doc.sources} />
                </div>
              ))}
            <div className="full">
              <Field label={vi.compose.addressees}>
                <textarea rows={4} value={doc.addressees} onChange={(e) => edit({ addressees: e.target.value })} />
              </Field>
              <AddresseePicker onAdd={(lines) => edit({ addressees: [doc.addressees.trim(), ...lines].filter(Boolean).join('\n') })} />
            </div>
            <Field label={vi.compose.distribution} wide className="full">
              <textarea rows={3} value={doc.distribution} onChange={(e) => edit({ distribution: e.target.value })} />
            </Field>
          </fieldset>
          {facts && !issued && <FactsPanel />}
          <div className="actions sticky-actions">
            {!issued ? (
              <>
                <button type="button" className="primary" disabled={issuing} onClick={() => setConfirmIssue(true)}>
                  {issuing ? vi.compose.issuing : vi.compose.issue}
                </button>
                {next && <span className="muted">{vi.compose.nextNumber(next.numberLine)}</span>}
              </>
            ) : (
              <button
                type="button"
                onClick={() => {
                  close();
                  useUi.getState().endCompose();
                }}
              >
                {vi.compose.newAfterIssue}
              </button>
            )}
            <button type="button" onClick={() => void exportDraft('docx')}>
              {vi.compose.exportDocx}
            </button>
            <button type="button" onClick={() => void exportDraft('pdf')}>
              {vi.compose.exportPdf}
            </button>
            {issued?.incomingId && (
              <button type="button" onClick={() => void exportIssued(issued, 'pdf', true)}>
                {vi.compose.exportWithIncoming}
              </button>
            )}
            {!issued && (
              <button type="button" className="danger" onClick={() => setConfirmDiscard(true)}>
                {vi.compose.discard}
              </button>
            )}
          </div>
        </div>
        <PdfPreview version={issued ? issued.id : doc} render={() => (issued ? exportPreviewOfIssued(issued.id) : preview(profile, 'pdf'))} />
      </div>
      {confirmIssue && (
        <ConfirmDialog
          title={vi.compose.issueConfirmTitle}
          message={vi.compose.issueConfirm(next?.numberLine ?? '')}
          confirmLabel={vi.compose.issue}
          onClose={() => setConfirmIssue(false)}
          onConfirm={async () => {
            setConfirmIssue(false);
            setIssuing(true);
            const r = await issue(profile);
            setIssuing(false);
            if (r) useNotifications.getState().info(vi.compose.issuedAs(r.numberLine));
          }}
        />
      )}
      {confirmDiscard && (
        <ConfirmDialog
          title={vi.compose.discard}
          message={vi.compose.discardConfirm}
          onClose={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            useUi.getState().endCompose();
            void discard();
          }}
        />
      )}
    </div>
  );
}

/** After issuing, the preview shows the stored PDF (with its number), not a re-render. */
async function exportPreviewOfIssued(id: number) {
  const f = await useOutgoingStore.getState().file(id, 'pdf');
  if (!f) throw new Error(vi.outgoing.noFiles);
  return { dataBase64: f.dataBase64, pages: null };
}

