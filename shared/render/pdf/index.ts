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
import { pageNumberText, profileForPage } from '../page';

export type { FontSet };
export type PdfResult = { bytes: Uint8Array; pages: number };
/** zlib (RFC 1950) compression of one stream; the host passes its native one (Node: node:zlib). */
export type Deflate = (data: Uint8Array) => Promise<Uint8Array> | Uint8Array;
export type PdfOptions = { deflate?: Deflate };

export const PDF_CREATOR = 'Văn thư Tuyên giáo';

/** Layout only (no PDF): the blocks and pages, for tests and page-count checks. */
export function layoutDocument(spec: DocumentSpec, pageProfile: FormatProfile, fonts: FontSet): { pages: LaidPage[]; settings: PageSettings } {
  const profile = profileForPage(spec, pageProfile);
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

export async function renderPdf(spec: DocumentSpec, pageProfile: FormatProfile, fonts: FontSet, now: Date, options: PdfOptions = {}): Promise<PdfResult> {
  const profile = profileForPage(spec, pageProfile);
  const deflate = options.deflate ?? (typeof CompressionStream === 'function' ? compressionStreamDeflate : undefined);
  const metrics = metricsForSet(fonts);
  const { pages, settings } = layoutDocument(spec, pageProfile, fonts);
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
    for (const b of laid.boxes) w.strokeRect(left + b.x, top - b.y - b.h, b.w, b.h, b.thickness);
    for (const pl of laid.lines) put(pl, top);
    if (laid.footnoteHeight > 0) {
      const areaTop = bottom + laid.footnoteHeight;
      const fs = settings.footnotes;
      w.rect(left, areaTop - fs.separatorOffset - fs.separatorThickness, fs.separatorLength, fs.separatorThickness);
      for (const pl of laid.footnotes) put(pl, areaTop);
    }
    if (pn.enabled && i + 1 >= pn.fromPage) {
      const p = styled(profile, profile.elements.pageNumber, pageNumberText(spec, i + 1, pages.length), { align: 'center' });
      const [line] = breakParagraph(p, settings.width, c.metrics);
      const y = pn.position === 'top-center' ? pageH - mmToPt(pn.offsetMm) : mmToPt(pn.offsetMm) + line!.height;
      if (line) w.line(line, left, y);
    }
    // Object numbers are taken now, in page order, so the file does not depend on which stream
    // finishes compressing first.
    const contentRef = doc.context.nextRef();
    page.node.set(PDFName.of('Contents'), contentRef);
    contents.push(flateStream(doc.context, deflate, typedArrayFor(w.toString())).then((s) => doc.context.assign(contentRef, s)));
    fontsEmbedded.attachTo(page.node);
  });
  await Promise.all([...contents, fontsEmbedded.finish((data, dict) => flateStream(doc.context, deflate, data, dict))]);
  // No object streams: pdf-lib would deflate them with its slower JavaScript deflate.
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: pages.length };
}

/** A FlateDecode stream compressed by `deflate`, else by pdf-lib's own (JavaScript) deflate. */
async function flateStream(ctx: PDFContext, deflate: Deflate | undefined, data: Uint8Array, dict: Record<string, number> = {}): Promise<PDFRawStream> {
  if (!deflate) return ctx.flateStream(data, dict);
  return ctx.stream(await deflate(data), { ...dict, Filter: 'FlateDecode' });
}

/**
 * The platform's native deflate (browsers and Node), used when the host passes none. In Node it
 * first loads the web streams and fetch machinery (~50 ms of a cold start), so the CLI and the
 * app pass node:zlib instead.
 */
async function compressionStreamDeflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
