// PDF rendering of template data (loads pdf-lib and the bundled fonts only).
import zlib from 'node:zlib';
import { type DocumentSpec } from '../../shared/document/spec';
import { type Deflate, renderPdf } from '../../shared/render/pdf';
import { loadFonts } from './fonts';
import { buildDocumentSpec, effectiveProfile, type RenderDocumentInput } from './templates';

/**
 * node:zlib for the PDF streams: same zlib and default level as CompressionStream, so the same
 * bytes, without loading Node's web streams and fetch machinery (a large share of a cold
 * `vanthu render`). Synchronous: ~250 KB for the 11-page demo is a few ms, less than the per-stream
 * cost of zlib's asynchronous path.
 */
export const nodeDeflate: Deflate = (data) => {
  const b = zlib.deflateSync(data);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
};

export async function renderDocumentPdf(input: RenderDocumentInput, spec: DocumentSpec = buildDocumentSpec(input)): Promise<{ pdf: Uint8Array; pages: number; spec: DocumentSpec }> {
  const r = await renderPdf(spec, effectiveProfile(input), loadFonts(), input.now ?? new Date(), { deflate: nodeDeflate });
  return { pdf: r.bytes, pages: r.pages, spec };
}
