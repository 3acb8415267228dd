// DOCX rendering of template data (loads the docx library only).
import { type DocumentSpec } from '../../shared/document/spec';
import { renderDocx } from '../../shared/render/docx';
import { buildDocumentSpec, effectiveProfile, type RenderDocumentInput } from './templates';

export async function renderDocumentDocx(input: RenderDocumentInput, spec: DocumentSpec = buildDocumentSpec(input)): Promise<{ docx: Uint8Array; spec: DocumentSpec }> {
  return { docx: await renderDocx(spec, effectiveProfile(input), undefined, input.now ?? new Date()), spec };
}
