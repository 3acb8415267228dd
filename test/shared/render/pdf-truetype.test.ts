// The PDF renderer's TrueType reader and subsetter on the bundled Liberation Serif.
import { describe, expect, it } from 'vitest';
import { parseTrueType, subsetTrueType } from '../../../shared/render/pdf/truetype';
import { loadFonts } from '../../../electron/documents/fonts';

describe('TrueType reader and subsetter', () => {
  const font = parseTrueType(loadFonts().regular);

  it('reads metrics, names and a cmap covering Vietnamese', () => {
    expect(font.unitsPerEm).toBe(2048);
    expect(font.postscriptName).toBe('LiberationSerif');
    expect(font.ascent).toBeGreaterThan(0);
    expect(font.descent).toBeLessThan(0);
    for (const ch of 'AaĐđƠơƯưẠạẶặỆệỮữỹ“”–…') expect(font.cmap.get(ch.codePointAt(0)!), ch).toBeGreaterThan(0);
    // Times-compatible advances: "a" 444, "m" 778, space 250 (per 1000 em).
    const adv = (ch: string) => Math.round((font.advances[font.cmap.get(ch.codePointAt(0)!)!]! * 1000) / font.unitsPerEm);
    expect([adv('a'), adv('m'), adv(' ')]).toEqual([444, 778, 250]);
  });

  it('keeps glyph ids, the outlines of used glyphs and of their components, and empties the rest', () => {
    const ecircumflex = font.cmap.get('ề'.codePointAt(0)!)!;
    const e = font.cmap.get('e'.codePointAt(0)!)!;
    const z = font.cmap.get('z'.codePointAt(0)!)!;
    const sub = parseTrueType(subsetTrueType(font, [ecircumflex]));
    expect(sub.numGlyphs).toBe(font.numGlyphs);
    const len = (f: typeof font, g: number) => f.loca[g + 1]! - f.loca[g]!;
    const glyf = (f: typeof font, g: number) => {
      const at = f.tables.get('glyf')!.offset + f.loca[g]!;
      return Array.from(f.bytes.subarray(at, at + len(f, g)));
    };
    expect(glyf(sub, ecircumflex)).toEqual(glyf(font, ecircumflex));
    // "ề" is a composite in Liberation Serif: its base "e" must come along.
    expect(len(font, ecircumflex)).toBeGreaterThan(0);
    expect(len(sub, e)).toBe(len(font, e));
    expect(len(sub, z)).toBe(0);
    expect(sub.bytes.length).toBeLessThan(font.bytes.length / 4);
  });
});
