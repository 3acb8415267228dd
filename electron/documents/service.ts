// Documents service: templates and `renderDocument`, which outgoing:issue calls once a number is
// taken. Renderers are imported on first use so that every CLI command
// and app start that does not render stays fast (fontkit alone costs ~0.3 s to load).
import { type DocumentSpec } from '../../shared/document/spec';
import { buildDocumentSpec, type RenderDocumentInput, templateSummaries } from './templates';

export { getTemplate, buildDocumentSpec, type RenderDocumentInput } from './templates';

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

/** Templates for the compose screen; previews and issuing go through electron/compose (one assembly). */
export function createDocumentsService() {
  return { templates: templateSummaries };
}
export type DocumentsService = ReturnType<typeof createDocumentsService>;
