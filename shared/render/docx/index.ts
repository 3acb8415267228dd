// DOCX renderer: DocumentSpec + FormatProfile → .docx bytes (docx library). Pure: no I/O; `now`
// is passed in for the core properties' dates.
import { AlignmentType, Document, Header, Footer, Packer, Paragraph, PageNumber, PageOrientation, TextRun, type FileChild } from 'docx';
import { type FontSet, type FormatProfile, mmToTwips, ptToHalfPoints } from '../../format';
import { type DocumentSpec, documentSpecSchema } from '../../document/spec';
import { AppError } from '../../errors';
import { addresseeParagraphs, bodyParagraphs, footnoteContent, titleParagraphs } from './body';
import { headerTable, signatureTable } from './tables';
import { paragraphOptions, runOptions } from './style';
import { profileForPage } from '../page';

function pageNumberParagraph(profile: FormatProfile, format = '{page}'): Paragraph {
  const style = profile.elements.pageNumber;
  // "Trang {page}/{pages}" → text, current page field, text, total pages field.
  const children = format.split(/(\{page\}|\{pages\})/).filter(Boolean).map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
  return new Paragraph({
    ...paragraphOptions(profile, style, { align: 'center' }),
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ ...runOptions(profile, style), children })],
  });
}

function mainChildren(spec: DocumentSpec, profile: FormatProfile): FileChild[] {
  const out: FileChild[] = [];
  const showHeader = spec.showHeader !== false;
  if (showHeader) out.push(headerTable(spec, profile));
  const afterHeader = showHeader ? profile.header.spaceAfterPt : 0;
  if (spec.kind === 'cong-van') out.push(...addresseeParagraphs(spec, profile, afterHeader));
  else out.push(...titleParagraphs(spec, profile, showHeader ? profile.kindTitleSpaceBeforePt : 0));
  out.push(...bodyParagraphs(spec, profile));
  const sig = signatureTable(spec, profile);
  if (sig) {
    // A spacer paragraph carries the space before the signature row (tables have no spacing).
    out.push(new Paragraph({ ...paragraphOptions(profile, profile.elements.body, {}), spacing: { before: 0, after: 0, line: Math.round(profile.signature.spaceBeforePt * 20), lineRule: 'exact' }, children: [] }));
    out.push(sig);
  }
  return out;
}

/**
 * Renders the spec. `fonts` is accepted for symmetry with renderPdf; Word and LibreOffice use the
 * installed Times New Roman (or its metric twin), so nothing is embedded.
 */
export async function renderDocx(spec: DocumentSpec, pageProfile: FormatProfile, _fonts: FontSet | undefined, now: Date): Promise<Uint8Array> {
  const parsed = documentSpecSchema.safeParse(spec);
  if (!parsed.success) throw new AppError('VALIDATION', 'Dữ liệu văn bản không hợp lệ.', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const profile = profileForPage(parsed.data, pageProfile);
  const m = profile.page.margins;
  const pn = profile.settings.pageNumbers;
  const format = parsed.data.page?.pageNumbers?.format;
  const numbered = pn.enabled ? new Header({ children: [pageNumberParagraph(profile, format)] }) : new Header({ children: [] });
  const numberedFooter = pn.enabled ? new Footer({ children: [pageNumberParagraph(profile, format)] }) : new Footer({ children: [] });
  const top = pn.position === 'top-center';
  const landscape = profile.page.widthMm > profile.page.heightMm;
  const doc = new Document({
    title: spec.metadata.title,
    creator: spec.metadata.author,
    lastModifiedBy: spec.metadata.author,
    subject: spec.metadata.subject,
    keywords: spec.metadata.keywords,
    description: spec.metadata.subject,
    styles: {
      default: {
        document: { run: { font: profile.font.family, size: ptToHalfPoints(profile.elements.body.size) } },
      },
    },
    footnotes: footnoteContent(spec, profile),
    sections: [
      {
        properties: {
          // Page numbers from page 2: a blank first-page header, the numbered one elsewhere.
          titlePage: pn.enabled && pn.fromPage > 1,
          page: {
            // The docx library swaps width and height itself for a landscape page: pass them portrait.
            size: landscape
              ? { width: mmToTwips(profile.page.heightMm), height: mmToTwips(profile.page.widthMm), orientation: PageOrientation.LANDSCAPE }
              : { width: mmToTwips(profile.page.widthMm), height: mmToTwips(profile.page.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmToTwips(m.topMm),
              bottom: mmToTwips(m.bottomMm),
              left: mmToTwips(m.leftMm),
              right: mmToTwips(m.rightMm),
              header: mmToTwips(pn.offsetMm),
              footer: mmToTwips(pn.offsetMm),
              gutter: 0,
            },
          },
        },
        headers: top ? { default: numbered, first: new Header({ children: [] }) } : { default: new Header({ children: [] }), first: new Header({ children: [] }) },
        footers: top ? { default: new Footer({ children: [] }), first: new Footer({ children: [] }) } : { default: numberedFooter, first: new Footer({ children: [] }) },
        children: mainChildren(parsed.data, profile),
      },
    ],
  });
  // docProps/core.xml is written here so its dates come from `now`, not the wall clock.
  return Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreXml(parsed.data, now) }]);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function coreXml(spec: DocumentSpec, now: Date): string {
  const m = spec.metadata;
  const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const opt = (tag: string, v: string | undefined) => (v ? `<${tag}>${esc(v)}</${tag}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    opt('dc:title', m.title) + opt('dc:subject', m.subject) + opt('dc:creator', m.author) + opt('cp:keywords', m.keywords) +
    opt('dc:description', m.subject) + opt('cp:lastModifiedBy', m.author) + '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
