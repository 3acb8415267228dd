import { useEffect, useState } from 'react';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../../../shared/domain/outgoing';
import type { OfficeProfile } from '../../../shared/domain/profile';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { LevelSelect } from '../../components/LevelSelect';
import { DateInput } from '../../components/DateInput';
import { vi } from '../../i18n/vi';
import { useComposeStore } from '../../stores/composeStore';
import { useNotifications } from '../../stores/notificationsStore';
import { useOutgoingStore } from '../../stores/outgoingStore';
import { useUi } from '../../stores/uiStore';
import { useShortcut } from '../../shortcuts';
import { AddresseePicker } from './AddresseePicker';
import { FactsPanel } from './FactsPanel';
import { TemplateField } from './FieldEditors';
import { PdfPreview } from './PdfPreview';

/** Kính gửi / Nơi nhận are lists in the draft and one item per line on screen (blank lines kept while typing). */
const asText = (list: readonly string[]) => list.join('\n');
const asList = (text: string) => text.split('\n');

/** The wording form on the left, the live PDF on the right; "Phát hành" issues and registers it. */
export function ComposeEditor({ profile, title }: { profile: OfficeProfile; title: string }) {
  const { doc, facts, templates, savedAt, issued, problems, next, edit, preview, issue, discard, close, exportDraft } = useComposeStore();
  const exportDoc = useOutgoingStore((s) => s.exportDoc);
  const [confirmIssue, setConfirmIssue] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const template = templates.find((t) => t.id === doc?.templateId);
  // A draft made here (Thông báo nhanh from its sources) did not come with its template's form.
  const loadTemplates = useComposeStore((s) => s.loadTemplates);
  useEffect(() => {
    if (doc && !template) void loadTemplates();
  }, [doc, template, loadTemplates]);

  const exportAny = (format: 'pdf' | 'docx') => void (issued ? exportDoc(issued.id, format) : exportDraft(format));
  useShortcut('print', () => exportAny('pdf'));
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
              <LevelSelect label={vi.compose.secrecy} levels={SECRECY_LEVELS} none={vi.compose.notSecret} value={doc.secrecy} onChange={(secrecy) => edit({ secrecy })} />
              <LevelSelect label={vi.compose.urgency} levels={URGENCY_LEVELS} none={vi.compose.notUrgent} value={doc.urgency} onChange={(urgency) => edit({ urgency })} />
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
                <textarea rows={4} value={asText(doc.addressees)} onChange={(e) => edit({ addressees: asList(e.target.value) })} />
              </Field>
              <AddresseePicker onAdd={(lines) => edit({ addressees: [...doc.addressees.filter((l) => l.trim()), ...lines] })} />
            </div>
            <Field label={vi.compose.distribution} wide className="full">
              <textarea rows={3} value={asText(doc.distribution)} onChange={(e) => edit({ distribution: asList(e.target.value) })} />
            </Field>
          </fieldset>
          {facts && !issued && <FactsPanel />}
          {!issued && problems.length > 0 && (
            <div className="banner banner-warn" role="status" aria-label={vi.compose.problemsTitle}>
              <strong>{vi.compose.problemsTitle}</strong>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </div>
          )}
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
            <button type="button" onClick={() => exportAny('docx')}>
              {vi.compose.exportDocx}
            </button>
            <button type="button" onClick={() => exportAny('pdf')}>
              {vi.compose.exportPdf}
            </button>
            {issued?.incomingId && (
              <button type="button" onClick={() => void exportDoc(issued.id, 'pdf', true)}>
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
        <PdfPreview version={issued ? issued.id : doc} render={() => (issued ? exportPreviewOfIssued(issued.id) : preview())} />
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
            const r = await issue();
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

