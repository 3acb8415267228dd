// PDF renderer: DocumentSpec + FormatProfile → PDF bytes, with our own layout engine (pure TS;
// fonts and `now` are passed in). Font files are parsed once per FontSet bytes object.
import { PDFDocument, PDFName, typedArrayFor, type PDFContext, type PDFRawStream } from 'pdf-lib';
import { type DocumentSpec } from '../../document/spec';
import { type FontSet, type FormatProfile, mmToPt, textWidthPt } from '../../format';
import { addresseeBlocks, bodyBlocks, type Composer, styled, titleBlocks } from './compose';
import { headerBlocks, signatureBlocks } from './composeTables';
import { ContentWriter } from './draw';
import { EmbeddedFonts, type FontMetricsSet, metricsForSet } from './fonts';
import { breakParagraph } from './layout/breaker';
import { type LaidPage, type PageSettings, type PlacedLine, paginate, paginatePages } from './layout/paginate';
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
  const { blocks, settings, metrics } = prepareLayout(spec, pageProfile, metricsForSet(fonts));
  return { pages: paginate(blocks, settings, metrics), settings };
}

/** A document whose pages are at most this many is laid out once; a longer one is counted, then laid out again page by page. */
const PAGES_HELD = 64;

/**
 * The pages to draw and their number. "Trang n/N" needs N before page 1 is drawn: a short document
 * keeps its pages from the counting pass; a long one (a year's register) is laid out a second time
 * page by page, so no more than one page is ever held.
 */
function pagesToDraw(blocks: Block[], settings: PageSettings, metrics: FontMetricsSet, needTotal: boolean): { total: number | null; pages: Iterable<LaidPage> } {
  if (!needTotal) return { total: null, pages: paginatePages(blocks, settings, metrics) };
  let held: LaidPage[] | null = [];
  let total = 0;
  for (const p of paginatePages(blocks, settings, metrics)) {
    total++;
    if (held && held.length < PAGES_HELD) held.push(p);
    else held = null;
  }
  return { total, pages: held ?? paginatePages(blocks, settings, metrics) };
}

function prepareLayout(spec: DocumentSpec, pageProfile: FormatProfile, metrics: FontMetricsSet): { blocks: Block[]; settings: PageSettings; metrics: FontMetricsSet } {
  const profile = profileForPage(spec, pageProfile);
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
  return { blocks, settings, metrics };
}

export async function renderPdf(spec: DocumentSpec, pageProfile: FormatProfile, fonts: FontSet, now: Date, options: PdfOptions = {}): Promise<PdfResult> {
  const profile = profileForPage(spec, pageProfile);
  const deflate = options.deflate ?? (typeof CompressionStream === 'function' ? compressionStreamDeflate : undefined);
  const { blocks, settings, metrics } = prepareLayout(spec, pageProfile, metricsForSet(fonts));
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

  const { total, pages } = pagesToDraw(blocks, settings, metrics, pn.enabled && pageNumberText(spec, 1, 2) !== pageNumberText(spec, 1, 3));
  let i = -1;
  // Each page is drawn, compressed and dropped before the next is laid out (bounded memory).
  for (const laid of pages) {
    i++;
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
      const p = styled(profile, profile.elements.pageNumber, pageNumberText(spec, i + 1, total ?? 0), { align: 'center' });
      const [line] = breakParagraph(p, settings.width, c.metrics);
      const y = pn.position === 'top-center' ? pageH - mmToPt(pn.offsetMm) : mmToPt(pn.offsetMm) + line!.height;
      if (line) w.line(line, left, y);
    }
    page.node.set(PDFName.of('Contents'), doc.context.register(await flateStream(doc.context, deflate, typedArrayFor(w.toString()))));
    fontsEmbedded.attachTo(page.node);
  }
  await fontsEmbedded.finish((data, dict) => flateStream(doc.context, deflate, data, dict));
  // No object streams: pdf-lib would deflate them with its slower JavaScript deflate.
  const bytes = await doc.save({ useObjectStreams: false });
  return { bytes, pages: i + 1 };
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
