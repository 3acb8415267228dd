// Fonts for the PDF renderer: parse once per font file (memoised by bytes identity), measure with
// per-code-point advance caches, and embed as CID TrueType subsets (Identity-H, CID = glyph id)
// with a ToUnicode map. One glyph per code point, no shaping: Word and LibreOffice apply neither
// ligatures nor kerning by default, and NFC text has a precomposed glyph for every letter.
import { PDFName, PDFString, type PDFDocument, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { type FontSet } from '../../format';
import { parseTrueType, subsetTrueType, type TrueTypeFont } from './truetype';

export type { FontSet };

export type FaceKey = keyof FontSet;
export const FACE_KEYS: readonly FaceKey[] = ['regular', 'bold', 'italic', 'boldItalic'];
/** Fixed subset tags (PDF 9.6.4): deterministic output, and readers see the fonts as subsets. */
const SUBSET_TAGS: Record<FaceKey, string> = { regular: 'VTTGAA', bold: 'VTTGAB', italic: 'VTTGAC', boldItalic: 'VTTGAD' };

export function faceOf(bold: boolean, italic: boolean): FaceKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Metrics of one parsed face, shared by every document rendered in this process. */
export class FaceMetrics {
  /** Ascent/descent/line gap as fractions of the em (descent positive). */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  private readonly advances = new Map<number, number>();
  private readonly words = new Map<string, number>();

  constructor(readonly font: TrueTypeFont) {
    const em = font.unitsPerEm;
    this.ascent = font.ascent / em;
    this.descent = -font.descent / em;
    this.lineGap = font.lineGap / em;
    this.underlinePosition = font.underlinePosition / em;
    this.underlineThickness = font.underlineThickness / em;
  }

  get postscriptName(): string {
    return this.font.postscriptName;
  }

  /** Glyph id of a code point (0 = .notdef). */
  gid(cp: number): number {
    return this.font.cmap.get(cp) ?? 0;
  }

  has(cp: number): boolean {
    return this.font.cmap.has(cp);
  }

  /** Advance of one code point in ems. */
  advance(cp: number): number {
    let a = this.advances.get(cp);
    if (a === undefined) {
      a = (this.font.advances[this.gid(cp)] ?? 0) / this.font.unitsPerEm;
      this.advances.set(cp, a);
    }
    return a;
  }

  /** Width of a string in ems (cached per string; strings here are words, not lines). */
  widthEm(text: string): number {
    let w = this.words.get(text);
    if (w === undefined) {
      w = 0;
      // Code points by hand (for…of allocates a string per character, costly before V8 optimises).
      const n = text.length;
      for (let i = 0; i < n; i++) {
        let cp = text.charCodeAt(i);
        if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < n) {
          const lo = text.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo < 0xe000) {
            cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
            i++;
          }
        }
        w += this.advance(cp);
      }
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(text, w);
    }
    return w;
  }

  width(text: string, size: number): number {
    return this.widthEm(text) * size;
  }
}

const parsed = new WeakMap<Uint8Array, FaceMetrics>();

/** Parses a face once per bytes object; callers keep the same FontSet to benefit. */
export function metricsFor(bytes: Uint8Array): FaceMetrics {
  let m = parsed.get(bytes);
  if (!m) {
    m = new FaceMetrics(parseTrueType(bytes));
    parsed.set(bytes, m);
  }
  return m;
}

export type FontMetricsSet = Record<FaceKey, FaceMetrics>;

const metricSets = new WeakMap<FontSet, FontMetricsSet>();

/**
 * The faces' metrics, each parsed on first use: a document without bold italic never parses (nor,
 * with a lazy FontSet, reads) that font.
 */
export function metricsForSet(fonts: FontSet): FontMetricsSet {
  let set = metricSets.get(fonts);
  if (!set) {
    const lazy = {} as FontMetricsSet;
    for (const face of FACE_KEYS) {
      Object.defineProperty(lazy, face, {
        enumerable: true,
        configurable: true,
        // First use: parse, then become a plain value (measuring reads this per word).
        get: () => {
          const m = metricsFor(fonts[face]);
          Object.defineProperty(lazy, face, { value: m, enumerable: true });
          return m;
        },
      });
    }
    set = lazy;
    metricSets.set(fonts, set);
  }
  return set;
}

type FlateStream = (data: Uint8Array, dict?: Record<string, number>) => Promise<PDFRawStream>;

/** Per-document fonts: glyph codes as they are drawn, then subsets embedded once pages are done. */
export class EmbeddedFonts {
  private readonly codes: Record<FaceKey, Map<string, string>> = { regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map() };
  /** Per face: glyph id → the code point it stands for (ToUnicode). */
  private readonly used: Partial<Record<FaceKey, Map<number, number>>> = {};
  private readonly refs: Partial<Record<FaceKey, PDFRef>> = {};

  constructor(
    private readonly doc: PDFDocument,
    readonly metrics: FontMetricsSet,
  ) {}

  /** Resource name of a face, e.g. "F2". */
  resourceName(face: FaceKey): string {
    if (!this.refs[face]) {
      this.refs[face] = this.doc.context.nextRef();
      this.used[face] = new Map();
    }
    return `F${FACE_KEYS.indexOf(face) + 1}`;
  }

  /**
   * Glyph codes of a text as the body of a PDF literal string: two bytes (the glyph id) per code
   * point, with "\\", "(", ")", CR and LF escaped.
   */
  encode(face: FaceKey, text: string): string {
    const cache = this.codes[face];
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    this.resourceName(face);
    const used = this.used[face]!;
    const m = this.metrics[face];
    let out = '';
    for (const ch of text) {
      let code = cache.get(ch);
      if (code === undefined) {
        const cp = ch.codePointAt(0)!;
        const gid = m.gid(cp);
        if (!used.has(gid)) used.set(gid, cp);
        code = literalByte(gid >> 8) + literalByte(gid & 0xff);
        cache.set(ch, code);
      }
      out += code;
    }
    if (text.length < 40) cache.set(text, out);
    return out;
  }

  /** Registers the faces used so far on a page's resources. */
  attachTo(pageNode: { setFontDictionary(name: PDFName, ref: PDFRef): void }): void {
    for (const face of FACE_KEYS) {
      const ref = this.refs[face];
      if (ref) pageNode.setFontDictionary(PDFName.of(this.resourceName(face)), ref);
    }
  }

  /** Embeds every used face: subset program, descriptor, widths, ToUnicode, Type0 dictionary. */
  async finish(flate: FlateStream): Promise<void> {
    const ctx = this.doc.context;
    await Promise.all(
      FACE_KEYS.map(async (face) => {
        const ref = this.refs[face];
        const used = this.used[face];
        if (!ref || !used) return;
        const m = this.metrics[face];
        const font = m.font;
        const scale = 1000 / font.unitsPerEm;
        const name = `${SUBSET_TAGS[face]}+${font.postscriptName}`;
        // Object numbers taken before any await: the same file whatever order compression ends in.
        const [fileRef, toUnicodeRef, descriptorRef, cidRef] = [ctx.nextRef(), ctx.nextRef(), ctx.nextRef(), ctx.nextRef()];
        const program = subsetTrueType(font, used.keys());
        const [file, toUnicode] = await Promise.all([flate(program, { Length1: program.length }), flate(new TextEncoder().encode(toUnicodeCMap(used)))]);
        ctx.assign(fileRef, file);
        ctx.assign(toUnicodeRef, toUnicode);
        const flags = 2 | 32 | (font.italicAngle !== 0 ? 64 : 0); // serif, non-symbolic, italic
        ctx.assign(
          descriptorRef,
          ctx.obj({
            Type: 'FontDescriptor',
            FontName: name,
            Flags: flags,
            FontBBox: font.bbox.map((x) => Math.round(x * scale)),
            ItalicAngle: font.italicAngle,
            Ascent: Math.round(font.ascent * scale),
            Descent: Math.round(font.descent * scale),
            CapHeight: Math.round(font.capHeight * scale),
            StemV: face === 'bold' || face === 'boldItalic' ? 120 : 80,
            FontFile2: fileRef,
          }),
        );
        const gids = [...used.keys()].sort((a, b) => a - b);
        const widths: (number | number[])[] = [];
        for (const g of gids) widths.push(g, [Math.round((font.advances[g] ?? 0) * scale * 1000) / 1000]);
        ctx.assign(
          cidRef,
          ctx.obj({
            Type: 'Font',
            Subtype: 'CIDFontType2',
            BaseFont: name,
            CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
            FontDescriptor: descriptorRef,
            W: widths,
            CIDToGIDMap: 'Identity',
          }),
        );
        ctx.assign(ref, ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidRef], ToUnicode: toUnicodeRef }));
      }),
    );
  }
}

function literalByte(b: number): string {
  if (b === 0x5c) return '\\\\';
  if (b === 0x28) return '\\(';
  if (b === 0x29) return '\\)';
  if (b === 0x0d) return '\\r';
  if (b === 0x0a) return '\\n';
  return String.fromCharCode(b);
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

function utf16Hex(cp: number): string {
  if (cp < 0x10000) return hex4(cp);
  const c = cp - 0x10000;
  return hex4(0xd800 + (c >> 10)) + hex4(0xdc00 + (c & 0x3ff));
}

/** A ToUnicode CMap (PDF 9.10.3) from glyph ids to the code points drawn with them. */
function toUnicodeCMap(used: Map<number, number>): string {
  const entries = [...used].filter(([g]) => g !== 0).sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([g, cp]) => `<${hex4(g)}> <${utf16Hex(cp)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
