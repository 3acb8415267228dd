// Printed registers and forms (built as DocumentSpecs in shared/registers) → PDF through the one
// document engine, in the office's format profile.
import { type DocumentSpec } from '../../shared/document/spec';
import { DEFAULT_FORMAT_PROFILE_ID, getFormatProfile } from '../../shared/format';
import { renderPdf } from '../../shared/render/pdf';
import { loadFonts } from './fonts';
import { nodeDeflate } from './service-pdf';

export async function renderSpecPdf(spec: DocumentSpec, formatProfileId: string | undefined, now: Date): Promise<{ pdf: Uint8Array; pages: number }> {
  const r = await renderPdf(spec, getFormatProfile(formatProfileId ?? DEFAULT_FORMAT_PROFILE_ID), loadFonts(), now, { deflate: nodeDeflate });
  return { pdf: r.bytes, pages: r.pages };
}
