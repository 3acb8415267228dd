// PDF rendering of template data (loads pdf-lib and the bundled fonts only).
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { type DocumentSpec } from '../../shared/document/spec';
import { type Deflate, renderPdf } from '../../shared/render/pdf';
import { loadFonts } from './fonts';
import { buildDocumentSpec, effectiveProfile, type RenderDocumentInput } from './templates';

const deflateAsync = promisify(zlib.deflate);

/**
 * node:zlib for the PDF streams (same zlib, same default level as CompressionStream, so the same
 * bytes), on libuv's thread pool: CompressionStream would first load Node's web streams and fetch
 * machinery, a large share of a cold `vanthu render`.
 */
export const nodeDeflate: Deflate = async (data) => new Uint8Array(await deflateAsync(data));

export async function renderDocumentPdf(input: RenderDocumentInput, spec: DocumentSpec = buildDocumentSpec(input)): Promise<{ pdf: Uint8Array; pages: number; spec: DocumentSpec }> {
  const r = await renderPdf(spec, effectiveProfile(input), loadFonts(), input.now ?? new Date(), { deflate: nodeDeflate });
  return { pdf: r.bytes, pages: r.pages, spec };
}
