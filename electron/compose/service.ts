// The document flow, owned by main (issue 11): open a draft (fresh from a template and the stored
// incoming record, or an autosaved one), preview it, export it, issue it. Every step assembles the
// document the same way (assemble.ts), so the preview is the document that gets issued.
import { AppError } from '../../shared/errors';
import { subjectOfDraft, type ComposeDraft } from '../../shared/domain/compose';
import type { OutgoingDocument, NumberPreview } from '../../shared/domain/outgoing';
import type { OpenedDraft, PreviewResult } from '../../shared/ipc/documents';
import type { Delivered } from '../../shared/ipc/files';
import { todayIn } from '../../shared/text/today';
import type { FilesService } from '../shell/files';
import { getTemplate, renderDocumentDocx, renderDocumentPdf } from '../documents/service';
import { currentTemplateVersion } from '../documents/templates';
import type { DirectoryService } from '../directory/service';
import type { DraftsService } from '../drafts/service';
import type { IncomingService } from '../incoming/service';
import type { OutgoingService } from '../outgoing/service';
import type { ProfileService } from '../profile/service';
import { assemble } from './assemble';
import { draftFromIssued, freshDraft } from './prefill';

export type ComposeDeps = {
  clock: () => Date;
  profile: ProfileService;
  drafts: DraftsService;
  incoming: IncomingService;
  outgoing: OutgoingService;
  directory: DirectoryService;
  files: FilesService;
};

export type OpenInput = { templateId: string; incomingId?: number | null | undefined; draftId?: number | undefined; fromOutgoingId?: number | undefined };
export type Opened = OpenedDraft;
export type ComposePreview = PreviewResult;

const lines = (list: readonly string[]) => list.map((l) => l.trim()).filter(Boolean).join('\n');
const fileStem = (s: string) => s.replace(/[/\\:*?"<>|]/g, '-');

export function createComposeService(d: ComposeDeps) {
  const today = () => todayIn(d.clock());

  /** The number the document would take now (never reserved); null when the profile has no series for it. */
  const peek = (draft: ComposeDraft, typeCode: string): NumberPreview | null => {
    try {
      return d.outgoing.peekNumber({ typeCode, date: draft.date, secret: draft.secrecy !== '' });
    } catch {
      return null;
    }
  };

  async function render(draft: ComposeDraft, format: 'pdf' | 'docx') {
    const a = assemble(draft, d.profile);
    const input = { templateId: draft.templateId, templateVersion: draft.templateVersion, data: a.data, profile: a.profile, now: d.clock() };
    if (format === 'docx') {
      const r = await renderDocumentDocx(input);
      return { a, bytes: r.docx, pages: null, spec: r.spec };
    }
    const r = await renderDocumentPdf(input);
    return { a, bytes: r.pdf, pages: r.pages as number | null, spec: r.spec };
  }

  function openDraft(input: OpenInput): Omit<Opened, 'template'> {
    if (input.draftId !== undefined) {
      const s = d.drafts.get(input.draftId);
      return { draftId: s.id, draft: s.draft, savedAt: s.updatedAt };
    }
    const template = getTemplate(input.templateId);
    const incomingId = input.incomingId ?? null;
    if (incomingId !== null) {
      const s = d.drafts.forIncoming(incomingId, template.id);
      if (s) return { draftId: s.id, draft: s.draft, savedAt: s.updatedAt };
    }
    const date = today();
    if (input.fromOutgoingId !== undefined) {
      const prev = d.outgoing.get(input.fromOutgoingId);
      if (!prev.templateId || !prev.templateData) throw new AppError('VALIDATION', `Văn bản ${prev.symbol} không được soạn từ mẫu nên không soạn lại được.`);
      return { draftId: null, draft: draftFromIssued(prev.templateId, prev.templateData, prev.incomingId, date), savedAt: null };
    }
    const incoming = incomingId !== null ? d.incoming.get(incomingId) : null;
    return { draftId: null, draft: freshDraft(template, { date, incoming, office: d.profile.validOn(date), templateVersion: currentTemplateVersion(template.id), group: d.directory.group }), savedAt: null };
  }

  return {
    /** One call opens the compose screen: the autosaved draft of this reply if there is one, else a fresh draft, with its template's form. */
    open(input: OpenInput): Opened {
      const o = openDraft(input);
      const t = getTemplate(o.draft.templateId, o.draft.templateVersion);
      return { ...o, template: { id: t.id, name: t.name, description: t.description, kind: t.kind, typeCode: t.typeCode, fields: t.fields } };
    },

    async preview(input: { draft: ComposeDraft; format: 'pdf' | 'docx' }): Promise<ComposePreview> {
      const r = await render(input.draft, input.format);
      // The spec stays in main: the pane draws the PDF, and every keystroke's answer stays small.
      return { dataBase64: Buffer.from(r.bytes).toString('base64'), pages: r.pages, problems: r.a.problems, next: peek(input.draft, r.a.template.typeCode) };
    },

    /** "Xuất bản nháp": the unnumbered document, saved through main (dialog or download). */
    async exportDraft(input: { draft: ComposeDraft; format: 'pdf' | 'docx' }): Promise<Delivered> {
      const r = await render(input.draft, input.format);
      const name = `du-thao-${fileStem(subjectOfDraft(input.draft).slice(0, 60) || r.a.template.name)}`;
      return d.files.deliver({ suggestedName: name, kind: input.format, bytes: r.bytes });
    },

    /**
     * "Phát hành": validates the document kind's required parts, then numbers, renders, stores DOCX/PDF,
     * links the reply and deletes the draft — in the one IMMEDIATE transaction of the outgoing register.
     */
    async issue(input: { draftId?: number | undefined; draft: ComposeDraft }): Promise<OutgoingDocument> {
      const draft = input.draft;
      const a = assemble(draft, d.profile);
      if (a.problems.length) throw new AppError('VALIDATION', `Chưa phát hành được: ${a.problems.join(' ')}`, a.problems);
      // Nothing of the old draft may survive the issue, and a draft id that is gone is no reason to fail.
      const draftId = input.draftId;
      return d.outgoing.issue(
        {
          typeCode: a.template.typeCode,
          date: draft.date,
          subject: (subjectOfDraft(draft) || a.template.name).slice(0, 2000),
          signerName: a.signer?.name ?? '',
          signerTitle: a.signer ? [a.signer.authority, a.signer.title].filter(Boolean).join(' ') : '',
          addressees: lines(draft.addressees),
          distribution: lines(draft.distribution),
          copies: draft.copies,
          secrecy: draft.secrecy,
          urgency: draft.urgency,
          incomingId: draft.incomingId,
          templateId: draft.templateId,
          templateVersion: draft.templateVersion,
          templateData: a.data,
          notes: '',
        },
        draftId === undefined ? undefined : () => d.drafts.delete(draftId),
      );
    },

    /** "Xuất PDF/DOCX" of an issued document, optionally followed by the incoming circular's PDFs in one file. */
    async exportIssued(input: { id: number; kind: 'pdf' | 'docx'; withIncoming: boolean }): Promise<Delivered> {
      const doc = d.outgoing.get(input.id);
      const f = d.outgoing.fileBytes(input.id, input.kind);
      if (!input.withIncoming || input.kind !== 'pdf' || doc.incomingId === null) {
        return d.files.deliver({ suggestedName: f.fileName, kind: input.kind, bytes: f.data });
      }
      const { bundlePdfs } = await import('../../shared/render/bundle');
      const pdfs = d.incoming.pdfAttachments(doc.incomingId);
      if (pdfs.length === 0) throw new AppError('NOT_FOUND', 'Văn bản đến liên kết không có tệp PDF để gộp kèm.');
      const merged = await bundlePdfs({ name: doc.symbol, bytes: f.data }, pdfs, d.clock());
      return d.files.deliver({ suggestedName: f.fileName.replace(/\.pdf$/i, '-kem-van-ban-den.pdf'), kind: 'pdf', bytes: merged.bytes });
    },
  };
}
export type ComposeService = ReturnType<typeof createComposeService>;

