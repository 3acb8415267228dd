// Tone marks OCR gets wrong on small or italic text — hook read as acute ("đoàn thế"), a mark
// lost ("Ất Ty") or added ("chỉ bộ") — repaired from word pairs of Vietnamese texts the project
// holds (./bigrams.ts, with how often each occurs). A word is changed only to another with the same
// letters (marks and đ/d aside), and only when that reading is attested next to the word's actual
// neighbours at least twice and, side by side, ten times likelier than the word as read: "chỉ bộ"
// → "chi bộ", "Ất Ty" → "Ất Tỵ", while "vận động nhân dân" keeps "động" ("vận động" is common,
// "đồng nhân" rare) and "Ban Dân vận" keeps "Ban" (one "địa bàn dân cư" is not enough).
// All-capitals words are left to the header phrases (./lexicon.ts); case is kept.
import { foldVietnamese } from '../../shared/text/normalize';
import { BIGRAMS } from './bigrams';

type Lexicon = { count: Map<string, number>; variants: Map<string, string[]> };
let index: Lexicon | null = null;
function lexicon(): Lexicon {
  if (index) return index;
  const count = new Map<string, number>();
  const words = new Set<string>();
  for (const e of BIGRAMS.split('|')) {
    const [pair, n] = e.split('~') as [string, string | undefined];
    count.set(pair, n ? Number(n) : 1);
    for (const w of pair.split(' ')) words.add(w);
  }
  const variants = new Map<string, string[]>();
  for (const w of words) variants.set(foldVietnamese(w), [...(variants.get(foldVietnamese(w)) ?? []), w]);
  return (index = { count, variants });
}

/** `to`'s marks on `from`'s case: "CHỈ" + "chi" → "CHI", "Thống" + "thông" → "Thông". */
function withCase(from: string, to: string): string {
  const f = [...from];
  return [...to].map((c, i) => (f[i] !== undefined && f[i] === f[i]!.toUpperCase() ? c.toUpperCase() : c)).join('');
}

/** A word part's leading punctuation, letters and trailing punctuation; null for numbers, codes and all-capitals words. */
function core(part: string | undefined): [string, string, string] | null {
  const m = part === undefined ? null : /^([^\p{L}\d]*)(\p{L}+)([^\p{L}\d]*)$/u.exec(part);
  if (!m || (m[2]!.length > 1 && m[2] === m[2]!.toUpperCase())) return null;
  return [m[1]!, m[2]!, m[3]!];
}

export function repairTones(line: string): string {
  const { count, variants } = lexicon();
  const parts = line.split(/(\s+)/);
  for (let i = 0; i < parts.length; i += 2) {
    const c = core(parts[i]);
    if (!c) continue;
    const cands = variants.get(foldVietnamese(c[1]));
    if (!cands) continue;
    // Neighbours count only when written together with the word (no punctuation between).
    const left = core(parts[i - 2]);
    const right = core(parts[i + 2]);
    const l = left && !left[2] && !c[0] ? left[1].toLowerCase() : null;
    const r = right && !c[2] && !right[0] ? right[1].toLowerCase() : null;
    const at = (a: string | null, b: string | null) => (a && b ? (count.get(`${a} ${b}`) ?? 0) : 0);
    const read = c[1].toLowerCase();
    // Evidence for reading w instead: on each side, how much more often w stands next to that
    // neighbour than the word as read (counts + ½, so an unseen pair is not infinitely unlikely).
    const odds = (w: string) => (l ? (at(l, w) + 0.5) / (at(l, read) + 0.5) : 1) * (r ? (at(w, r) + 0.5) / (at(read, r) + 0.5) : 1);
    const ranked = cands
      .filter((w) => w !== read && at(l, w) + at(w, r) >= 2)
      .map((w) => ({ w, odds: odds(w) }))
      .sort((a, b) => b.odds - a.odds);
    const best = ranked[0];
    if (!best || best.odds < 10 || ranked[1]?.odds === best.odds) continue;
    parts[i] = c[0] + withCase(c[1], best.w) + c[2];
  }
  return parts.join('');
}
