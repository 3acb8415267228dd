// Tone marks OCR gets wrong on small or italic text — hook read as acute ("đoàn thế"), a mark
// lost ("Ất Ty") or added ("chỉ bộ") — repaired from word pairs seen in typed circulars
// (./bigrams.ts). A pair changes only when it is not a known pair itself and exactly one known
// pair has the same letters without marks: "chỉ bộ" → "chi bộ", while "thế thao" stays whatever
// the lexicon cannot decide. Only marks (and đ/d) change; case is kept.
import { foldVietnamese } from '../../shared/text/normalize';
import { BIGRAMS } from './bigrams';

let index: { known: Set<string>; byFold: Map<string, string | null> } | null = null;
function lexicon() {
  if (index) return index;
  const known = new Set(BIGRAMS.split('|'));
  const byFold = new Map<string, string | null>();
  // Two known pairs with the same folded letters: ambiguous, never used (null).
  for (const k of known) byFold.set(foldVietnamese(k), byFold.has(foldVietnamese(k)) ? null : k);
  return (index = { known, byFold });
}

/** `to`'s marks on `from`'s case: "CHỈ" + "chi" → "CHI", "Thống" + "thông" → "Thông". */
function withCase(from: string, to: string): string {
  return [...to].map((c, i) => ([...from][i] === [...from][i]!.toUpperCase() ? c.toUpperCase() : c)).join('');
}

export function repairTones(line: string): string {
  const { known, byFold } = lexicon();
  const parts = line.split(/(\s+)/);
  // Word cores at even indexes, with their leading/trailing punctuation kept aside.
  const cores = parts.map((p, i) => (i % 2 ? null : /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(p)));
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const a = cores[i];
    const b = cores[i + 2];
    if (!a || !b || a[3] || b[1]) continue;
    const pair = `${a[2]} ${b[2]}`.toLowerCase();
    if (known.has(pair)) continue;
    const fix = byFold.get(foldVietnamese(pair));
    if (!fix) continue;
    const [x, y] = fix.split(' ') as [string, string];
    parts[i] = a[1] + withCase(a[2]!, x) + a[3];
    parts[i + 2] = b[1] + withCase(b[2]!, y) + b[3];
    cores[i + 2] = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(parts[i + 2]!);
  }
  return parts.join('');
}
