// PDF rendering of template data (loads pdf-lib, fontkit and the bundled fonts only).
import { type DocumentSpec } from '../../shared/document/spec';
import { renderPdf } from '../../shared/render/pdf';
import { loadFonts } from './fonts';
import { buildDocumentSpec, effectiveProfile, type RenderDocumentInput } from './templates';

export async function renderDocumentPdf(input: RenderDocumentInput, spec: DocumentSpec = buildDocumentSpec(input)): Promise<{ pdf: Uint8Array; pages: number; spec: DocumentSpec }> {
  const r = await renderPdf(spec, effectiveProfile(input), loadFonts(), input.now ?? new Date());
  return { pdf: r.bytes, pages: r.pages, spec };
}
