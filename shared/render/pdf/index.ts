// PDF renderer: DocumentSpec + FormatProfile → PDF bytes, with our own layout engine (pure TS;
// fonts and `now` are passed in). Font files are parsed once per FontSet bytes object.
import { PDFDocument, PDFName, typedArrayFor, type PDFContext, type PDFRawStream } from 'pdf-lib';
import { type DocumentSpec } from '../../document/spec';
import { type FontSet, type FormatProfile, mmToPt, textWidthPt } from '../../format';
import { addresseeBlocks, bodyBlocks, type Composer, styled, titleBlocks } from './compose';
import { headerBlocks, signatureBlocks } from './composeTables';
import { ContentWriter } from './draw';
import { EmbeddedFonts, metricsForSet } from './fonts';
import { breakParagraph } from './layout/breaker';
import { type LaidPage, type PageSettings, type PlacedLine, paginate } from './layout/paginate';
import { type Block } from './layout/types';

export type { FontSet };
export type PdfResult = { bytes: Uint8Array; pages: number };

export const PDF_CREATOR = 'Văn thư Tuyên giáo';

/** Layout only (no PDF): the blocks and pages, for tests and page-count checks. */
export function layoutDocument(spec: DocumentSpec, profile: FormatProfile, fonts: FontSet): { pages: LaidPage[]; settings: PageSettings } {
  const metrics = metricsForSet(fonts);
  const c: Composer = { profile, metrics };
    const shown = spec.showHeader !== false;
  const blocks: Block[] = [
    ...headerBlocks(c, spec),
    ...(spec.kind === 'cong-van' ? addresseeBlocks(c, spec, shown ? profile.header.spaceAfterPt : 0) : titleBlocks(c, spec, shown ? profile.kindTitleSpaceBeforePt : 0)),
    ...bodyBlocks(c, spec),
    ...signatureBlocks(c, spec),
  ];
  const m = profile.page.margins;
  const settings: PageSettings = {
    width: textWidthPt(profile),
    height: mmToPt(profile.page.heightMm - m.topMm - m.bottomMm),
    // LibreOffice's footnote separator (what it draws for our DOCX): 1 mm, a 0.5 pt line a quarter
    // of the text width long, 1 mm, then the notes.
    footnotes: {
      separatorHeight: 2 * mmToPt(1) + 0.5,
      separatorOffset: mmToPt(1),
      separatorLength: textWidthPt(profile) / 4,
      separatorThickness: 0.5,
    },
    dropSpaceBeforeAtPageTop: true,
  };
  return { pages: paginate(blocks, settings, metrics), settings };
}

export async function renderPdf(spec: DocumentSpec, profile: FormatProfile, fonts: FontSet, now: Date): Promise<PdfResult> {
  const metrics = metricsForSet(fonts);
  const { pages, settings } = layoutDocument(spec, profile, fonts);
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(spec.metadata.title || spec.subject, { showInWindowTitleBar: true });
  doc.setAuthor(spec.metadata.author || spec.header.issuer);
  if (spec.metadata.subject) doc.setSubject(spec.metadata.subject);
  if (spec.metadata.keywords) doc.setKeywords([spec.metadata.keywords]);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_CREATOR);
  doc.setLanguage('vi-VN');
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const fontsEmbedded = new EmbeddedFonts(doc, metrics);

  const pageW = mmToPt(profile.page.widthMm);
  const pageH = mmToPt(profile.page.heightMm);
  const m = profile.page.margins;
  const left = mmToPt(m.leftMm);
  const top = pageH - mmToPt(m.topMm);
  const bottom = mmToPt(m.bottomMm);
  const pn = profile.settings.pageNumbers;
  const c: Composer = { profile, metrics };

  const contents: Promise<void>[] = [];
  pages.forEach((laid, i) => {
    const page = doc.addPage([pageW, pageH]);
    const w = new ContentWriter(fontsEmbedded);
    const put = (pl: PlacedLine, originTop: number) => {
      w.line(pl.line, left + pl.x, originTop - pl.y);
      if (pl.rule) w.rect(left + pl.x + pl.rule.x0, originTop - pl.y - pl.rule.dy - pl.rule.thickness, pl.rule.x1 - pl.rule.x0, pl.rule.thickness);
    };
    for (const pl of laid.lines) put(pl, top);
    if (laid.footnoteHeight > 0) {
      const areaTop = bottom + laid.footnoteHeight;
      const fs = settings.footnotes;
      w.rect(left, areaTop - fs.separatorOffset - fs.separatorThickness, fs.separatorLength, fs.separatorThickness);
      for (const pl of laid.footnotes) put(pl, areaTop);
    }
    if (pn.enabled && i + 1 >= pn.fromPage) {
      const p = styled(profile, profile.elements.pageNumber, String(i + 1), { align: 'center' });
      const [line] = breakParagraph(p, settings.width, c.metrics);
      const y = pn.position === 'top-center' ? pageH - mmToPt(pn.offsetMm) : mmToPt(pn.offsetMm) + line!.height;
      if (line) w.line(line, left, y);
    }
    contents.push(flateStream(doc.context, typedArrayFor(w.toString())).then((s) => page.node.set(PDFName.of('Contents'), doc.context.register(s))));
    fontsEmbedded.attachTo(page.node);
  });
  await Promise.all([...contents, fontsEmbedded.finish((data, dict) => flateStream(doc.context, data, dict))]);
  // No object streams: pdf-lib would deflate them with its slower JavaScript deflate.
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: pages.length };
}

/**
 * A FlateDecode stream, compressed by the platform's native deflate (CompressionStream, in Node and
 * browsers, off the main thread in Node) when there is one, else by pdf-lib's own deflate.
 */
async function flateStream(ctx: PDFContext, data: Uint8Array, dict: Record<string, number> = {}): Promise<PDFRawStream> {
  if (typeof CompressionStream !== 'function') return ctx.flateStream(data, dict);
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return ctx.stream(new Uint8Array(await new Response(stream).arrayBuffer()), { ...dict, Filter: 'FlateDecode' });
}
