// Documents service: templates, previews, prefill, and `renderDocument`, which outgoing:issue
// calls once a number is taken. Renderers are imported on first use so that every CLI command
// and app start that does not render stays fast (fontkit alone costs ~0.3 s to load).
import { type DocumentSpec } from '../../shared/document/spec';
import { AppError } from '../../shared/errors';
import { type IncomingRef, prefillForwardingLetter } from '../../shared/templates';
import { buildDocumentSpec, type OfficeForDocument, type RenderDocumentInput, templateSummaries } from './templates';

export { loadTemplates, getTemplate, templateSummaries, mergeData, formatProfileFor, buildDocumentSpec, type OfficeForDocument, type RenderDocumentInput } from './templates';

export type RenderedDocument = { docx: Uint8Array; pdf: Uint8Array; pages: number; spec: DocumentSpec };

export async function renderDocumentDocx(input: RenderDocumentInput) {
  return (await import('./service-docx')).renderDocumentDocx(input);
}

export async function renderDocumentPdf(input: RenderDocumentInput) {
  return (await import('./service-pdf')).renderDocumentPdf(input);
}

/** Both formats from one spec. */
export async function renderDocument(input: RenderDocumentInput): Promise<RenderedDocument> {
  const spec = buildDocumentSpec(input);
  const now = input.now ?? new Date();
  const [docx, pdf] = await Promise.all([
    import('./service-docx').then((m) => m.renderDocumentDocx({ ...input, now }, spec)),
    import('./service-pdf').then((m) => m.renderDocumentPdf({ ...input, now }, spec)),
  ]);
  return { docx: docx.docx, pdf: pdf.pdf, pages: pdf.pages, spec };
}

type ProfileSource = { get(date?: string): (OfficeForDocument & { formatProfile: string }) | null };

export function createDocumentsService(deps: { profile: ProfileSource; clock: () => Date }) {
  return {
    templates: templateSummaries,
    renderDocument: (input: RenderDocumentInput) => renderDocument({ now: deps.clock(), profile: deps.profile.get(), ...input }),
    async preview(input: { templateId: string; data: Record<string, unknown>; format: 'pdf' | 'docx'; profile?: string }) {
      const now = deps.clock();
      const office = input.data.office === undefined ? deps.profile.get() : null;
      const req: RenderDocumentInput = { templateId: input.templateId, data: input.data, profile: office, formatProfile: input.profile, now };
      if (input.format === 'docx') {
        const r = await renderDocumentDocx(req);
        return { dataBase64: Buffer.from(r.docx).toString('base64'), pages: null, spec: r.spec };
      }
      const r = await renderDocumentPdf(req);
      return { dataBase64: Buffer.from(r.pdf).toString('base64'), pages: r.pages, spec: r.spec };
    },
    prefill(input: { incoming: Partial<Record<keyof IncomingRef, string | null>>; recipients?: string[] }) {
      const office = deps.profile.get();
      if (!office) throw new AppError('NOT_FOUND', 'Chưa có hồ sơ cơ quan: hãy thiết lập hồ sơ trước khi soạn văn bản.');
      const i = input.incoming;
      const ref: IncomingRef = { number: i.number ?? null, docType: i.docType ?? null, typeCode: i.typeCode ?? null, date: i.date ?? null, parentBody: i.parentBody ?? null, issuer: i.issuer ?? null, subject: i.subject ?? null };
      return prefillForwardingLetter(ref, office, input.recipients ?? []);
    },
  };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
