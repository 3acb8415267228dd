// Fonts for the PDF renderer: parse once per font file (memoised by bytes identity), measure with
// per-code-point advance caches, and embed subsets whose glyph codes we build ourselves.
// Layout is a plain cmap lookup per code point (no shaping): Word and LibreOffice do not apply
// ligatures or kerning by default either, and fontkit's shaper costs ~0.5 ms per line.
import fontkit from '@pdf-lib/fontkit';
import { PDFName, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import { type FontSet } from '../../format';

export type { FontSet };

export type FaceKey = keyof FontSet;
/** Fixed subset tags (PDF 9.6.4): deterministic output, and readers see the fonts as subsets. */
const SUBSET_TAGS: Record<FaceKey, string> = { regular: 'VTTGAA', bold: 'VTTGAB', italic: 'VTTGAC', boldItalic: 'VTTGAD' };
export const FACE_KEYS: readonly FaceKey[] = ['regular', 'bold', 'italic', 'boldItalic'];

export function faceOf(bold: boolean, italic: boolean): FaceKey {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

type Glyph = { id: number; advanceWidth: number; codePoints: number[] };
type FkFont = {
  unitsPerEm: number;
  postscriptName: string | null;
  ascent: number;
  descent: number;
  lineGap: number;
  underlinePosition: number;
  underlineThickness: number;
  glyphForCodePoint(cp: number): Glyph;
  hasGlyphForCodePoint(cp: number): boolean;
  layout(text: string, features?: unknown): { glyphs: Glyph[] };
};

/** Metrics of one parsed face, shared by every document rendered in this process. */
export class FaceMetrics {
  readonly unitsPerEm: number;
  /** Ascent/descent as fractions of the em (descent positive). */
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly underlinePosition: number;
  readonly underlineThickness: number;
  readonly postscriptName: string;
  private readonly advances = new Map<number, number>();
  private readonly glyphs = new Map<number, Glyph>();
  private readonly present = new Map<number, boolean>();
  private readonly words = new Map<string, number>();

  constructor(readonly font: FkFont) {
    this.unitsPerEm = font.unitsPerEm;
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = -font.descent / font.unitsPerEm;
    this.lineGap = font.lineGap / font.unitsPerEm;
    this.underlinePosition = font.underlinePosition / font.unitsPerEm;
    this.underlineThickness = font.underlineThickness / font.unitsPerEm;
    this.postscriptName = (font.postscriptName || 'Font').replace(/[^A-Za-z0-9-]/g, '');
  }

  /**
   * Our own glyph record per code point. fontkit caches glyph objects by id and a glyph first met
   * as a component of a composite (e → ề while subsetting) keeps empty codePoints, which would
   * leave it out of the ToUnicode map of a later document; pdf-lib only reads these three fields.
   */
  glyph(cp: number): Glyph {
    let g = this.glyphs.get(cp);
    if (!g) {
      const fk = this.font.glyphForCodePoint(cp);
      g = { id: fk.id, advanceWidth: fk.advanceWidth, codePoints: [cp] };
      this.glyphs.set(cp, g);
    }
    return g;
  }

  has(cp: number): boolean {
    let h = this.present.get(cp);
    if (h === undefined) {
      h = this.font.hasGlyphForCodePoint(cp);
      this.present.set(cp, h);
    }
    return h;
  }

  /** Advance of one code point in ems. */
  advance(cp: number): number {
    let a = this.advances.get(cp);
    if (a === undefined) {
      a = this.glyph(cp).advanceWidth / this.unitsPerEm;
      this.advances.set(cp, a);
    }
    return a;
  }

  /** Width of a string in ems (cached per string; strings here are words, not lines). */
  widthEm(text: string): number {
    let w = this.words.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) w += this.advance(ch.codePointAt(0)!);
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(text, w);
    }
    return w;
  }

  width(text: string, size: number): number {
    return this.widthEm(text) * size;
  }

  /** Layout without shaping: one glyph per code point, so text and glyph codes stay 1:1. */
  plainLayout(text: string): { glyphs: Glyph[] } {
    const glyphs: Glyph[] = [];
    for (const ch of text) glyphs.push(this.glyph(ch.codePointAt(0)!));
    return { glyphs };
  }
}

const parsed = new WeakMap<Uint8Array, FaceMetrics>();

/** Parses a face once per bytes object; callers keep the same FontSet to benefit. */
export function metricsFor(bytes: Uint8Array): FaceMetrics {
  let m = parsed.get(bytes);
  if (!m) {
    m = new FaceMetrics(fontkit.create(bytes) as unknown as FkFont);
    parsed.set(bytes, m);
  }
  return m;
}

export type FontMetricsSet = Record<FaceKey, FaceMetrics>;

export function metricsForSet(fonts: FontSet): FontMetricsSet {
  return {
    regular: metricsFor(fonts.regular),
    bold: metricsFor(fonts.bold),
    italic: metricsFor(fonts.italic),
    boldItalic: metricsFor(fonts.boldItalic),
  };
}

const wrappedFonts = new WeakMap<FaceMetrics, FkFont>();

/**
 * A fontkit stand-in for pdf-lib: returns the memoised font, wrapped so that pdf-lib's encodeText
 * uses our 1:1 layout (glyph codes stay aligned with characters). The wrapper is memoised too:
 * fontkit caches parsed tables on the object it is called on.
 */
function fontkitFor(metrics: FontMetricsSet, fonts: FontSet) {
  return {
    create(data: Uint8Array): unknown {
      const key = FACE_KEYS.find((k) => fonts[k] === data);
      const m = key ? metrics[key] : metricsFor(data);
      let wrapped = wrappedFonts.get(m);
      if (!wrapped) {
        wrapped = Object.create(m.font as object) as FkFont;
        wrapped.layout = (text: string) => m.plainLayout(text);
        wrappedFonts.set(m, wrapped);
      }
      return wrapped;
    },
  };
}

/** Per-document embedded faces: resource names and a char → glyph-code cache. */
export class EmbeddedFonts {
  private readonly codes: Record<FaceKey, Map<string, string>> = {
    regular: new Map(), bold: new Map(), italic: new Map(), boldItalic: new Map(),
  };
  private readonly used = new Set<FaceKey>();

  private constructor(
    readonly metrics: FontMetricsSet,
    private readonly pdfFonts: Record<FaceKey, PDFFont>,
  ) {}

  static async embed(doc: PDFDocument, fonts: FontSet, metrics: FontMetricsSet, subset = true): Promise<EmbeddedFonts> {
    doc.registerFontkit(fontkitFor(metrics, fonts) as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
    const entries = await Promise.all(
      FACE_KEYS.map(async (k) => [k, await doc.embedFont(fonts[k], { subset, customName: `${SUBSET_TAGS[k]}+${metrics[k].postscriptName}` })] as const),
    );
    return new EmbeddedFonts(metrics, Object.fromEntries(entries) as Record<FaceKey, PDFFont>);
  }

  /** Resource name of a face, e.g. "F2". */
  resourceName(face: FaceKey): string {
    this.used.add(face);
    return `F${FACE_KEYS.indexOf(face) + 1}`;
  }

  /**
   * Glyph codes of a text as the body of a PDF literal string: two bytes per code point (half the
   * size of hex, so pages deflate twice as fast), with "\\", "(", ")", CR and LF escaped.
   */
  encode(face: FaceKey, text: string): string {
    const cache = this.codes[face];
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let out = '';
    for (const ch of text) {
      let code = cache.get(ch);
      if (code === undefined) {
        const id = parseInt(this.pdfFonts[face].encodeText(ch).toString().slice(1, -1), 16);
        code = literalByte(id >> 8) + literalByte(id & 0xff);
        cache.set(ch, code);
      }
      out += code;
    }
    if (text.length < 40) cache.set(text, out);
    return out;
  }

  /** Registers the faces actually used on a page's resources. */
  attachTo(pageNode: { setFontDictionary(name: PDFName, ref: PDFRef): void }): void {
    for (const face of this.used) pageNode.setFontDictionary(PDFName.of(this.resourceName(face)), this.pdfFonts[face].ref);
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
