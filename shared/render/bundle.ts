// Distribution bundle: the letter followed by its attachments (our Thông báo nhanh PDF, or any
// incoming PDF) as one PDF. Pages are copied as they are; the letter's metadata is kept.
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../errors';

export type BundlePart = { name: string; bytes: Uint8Array };

export async function bundlePdfs(letter: BundlePart, attachments: readonly BundlePart[], now: Date): Promise<{ bytes: Uint8Array; pages: number }> {
  const load = async (p: BundlePart) => {
    try {
      return await PDFDocument.load(p.bytes, { updateMetadata: false });
    } catch {
      throw new AppError('VALIDATION', `Tệp "${p.name}" không phải PDF hợp lệ hoặc đã được mã hóa.`);
    }
  };
  const first = await load(letter);
  const out = await PDFDocument.create({ updateMetadata: false });
  const title = first.getTitle();
  const author = first.getAuthor();
  if (title) out.setTitle(title);
  if (author) out.setAuthor(author);
  out.setSubject(`${letter.name}${attachments.length ? ` kèm ${attachments.map((a) => a.name).join(', ')}` : ''}`);
  out.setCreator(first.getCreator() ?? 'Văn thư Tuyên giáo');
  out.setProducer(first.getProducer() ?? 'Văn thư Tuyên giáo');
  out.setCreationDate(now);
  out.setModificationDate(now);
  for (const src of [first, ...(await Promise.all(attachments.map(load)))]) {
    const pages = await out.copyPages(src, src.getPageIndices());
    for (const p of pages) out.addPage(p);
  }
  return { bytes: await out.save({ useObjectStreams: true }), pages: out.getPageCount() };
}
