// One PDF made of several (the outgoing letter followed by the incoming circular's attachment).
// pdf-lib is loaded only when this runs, so it stays out of the main bundle.
import { base64ToBytes, bytesToBase64 } from './bytes';

export async function mergePdfs(parts: string[]): Promise<string> {
  const { PDFDocument } = await import('pdf-lib');
  const out = await PDFDocument.create();
  for (const b64 of parts) {
    const src = await PDFDocument.load(base64ToBytes(b64), { ignoreEncryption: true });
    for (const page of await out.copyPages(src, src.getPageIndices())) out.addPage(page);
  }
  return bytesToBase64(await out.save());
}
