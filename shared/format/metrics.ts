// Advance widths (1/1000 em) of Liberation Serif 2.x, metric-compatible with Times New Roman, for
// ASCII 32–126 and the Vietnamese letters whose width differs from their base letter. Precomposed
// Vietnamese letters otherwise take their base letter's width. Used to size rules ("exactly as long
// as the title") without parsing the font; the PDF renderer measures with the font itself.

type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

const ASCII: Record<Face, readonly number[]> = {
  regular: [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541],
  bold: [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520],
  italic: [250,333,420,500,500,833,778,214,333,333,500,675,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,675,675,675,500,920,611,611,667,722,611,611,722,722,333,444,667,556,833,667,722,611,722,611,500,556,722,611,833,611,556,556,389,278,389,422,500,333,500,500,444,500,444,278,500,500,278,278,444,278,722,500,500,500,500,389,389,278,500,444,667,444,444,389,400,275,400,541],
  boldItalic: [250,389,555,500,500,833,778,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,832,667,667,667,722,667,667,722,778,389,500,667,611,889,722,722,611,722,667,556,611,722,667,889,667,611,611,333,278,333,570,500,333,500,500,444,500,444,333,500,556,278,278,500,278,778,556,500,500,500,389,389,278,556,444,667,500,444,389,348,220,348,570],
};

const SPECIAL: Record<Face, Readonly<Record<string, number>>> = {
  regular: { Đ: 722, đ: 500, Ơ: 722, ơ: 529, Ư: 776, ư: 542 },
  bold: { Đ: 722, đ: 556, Ơ: 778, ơ: 554, Ư: 796, ư: 600 },
  italic: { Đ: 722, đ: 500, Ơ: 722, ơ: 534, Ư: 754, ư: 545 },
  boldItalic: { Đ: 722, đ: 500, Ơ: 722, ơ: 537, Ư: 775, ư: 599 },
};

const HORNED: Readonly<Record<string, string>> = { O: 'Ơ', o: 'ơ', U: 'Ư', u: 'ư' };

function charWidth(ch: string, face: Face): number {
  const special = SPECIAL[face][ch];
  if (special !== undefined) return special;
  const d = ch.normalize('NFD');
  let base = d[0] ?? ch;
  // ờ, ự … keep the horn's wider advance.
  const horned = d.includes('\u031B') ? HORNED[base] : undefined;
  if (horned) base = horned;
  const sp = SPECIAL[face][base];
  if (sp !== undefined) return sp;
  const code = base.charCodeAt(0);
  if (code >= 32 && code < 127) return ASCII[face][code - 32] ?? 500;
  if (ch === '\u00A0') return 250;
  return 500;
}

/** Width of `text` in pt at `size` pt in the given face. */
export function textWidthPt(text: string, size: number, bold: boolean, italic: boolean): number {
  const face: Face = bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
  let units = 0;
  for (const ch of text.normalize('NFC')) units += charWidth(ch, face);
  return (units * size) / 1000;
}
