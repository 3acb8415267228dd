// "Kính gửi" and "Nơi nhận" lists: one line, or one item per line starting "- " and ending "," or ";"
// with the last ending "."; items may wrap onto following lines.
import { afterLabel, isUpperLine, looksLikeBody, stripItem } from './lines';

export type ListBlock = { items: string[]; start: number; end: number; dashed: boolean; inline: boolean; itemLines: Set<number>; coAddressed: boolean };

// Dashes and bullets, including Word's Symbol-font bullets that PDFs give as private-use characters.
const DASH = /^[-–—+•●▪◦\uF0B7\uF0A7\uF076\uF0D8]\s*/u;
const CO_ADDRESSED = /^Đồng\s+(kính\s+)?g[ửở]i\s*:?\s*/iu;
const INLINE_DASH = /(?<=[;,])\s+[-–—+•]\s+/u;
const ended = (s: string) => /[,;.]$/.test(s.trim());
const endedFinal = (s: string) => /\.$/.test(s.trim()) && !/\b(TP|Tp|v\.v)\.$/u.test(s.trim());

function readList(lines: string[], start: number, inline: string, kind: 'kinh gui' | 'noi nhan'): ListBlock {
  const raw: string[] = [];
  const itemLines = new Set<number>([start]);
  let dashed = false;
  let coAddressed = false;
  let coOpen = false; // just read a bare "Đồng kính gửi:"; its items follow
  if (inline) {
    raw.push(inline);
    dashed = DASH.test(inline);
  }
  let j = start + 1;
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    const last = raw[raw.length - 1];
    const isCo = (x: string) => kind === 'kinh gui' && CO_ADDRESSED.test(x);
    if (last !== undefined && endedFinal(last) && (kind === 'kinh gui' || !dashed) && !isCo(l) && !coOpen) break;
    if (l) coOpen = false;
    if (!l) {
      const next = lines.slice(j + 1).find((x) => x) ?? '';
      if (raw.length && !DASH.test(next) && !isCo(next)) break;
      continue;
    }
    if (afterLabel(l, 'noi nhan') !== null || afterLabel(l, 'kinh gui') !== null) break;
    // "Đồng kính gửi: …" (copy to): its recipients are addressees too, but whether the register
    // wants them is a convention the caller should flag.
    const co = kind === 'kinh gui' ? CO_ADDRESSED.exec(l) : null;
    if (co) {
      const rest = l.slice(co[0].length).trim();
      if (rest) raw.push(rest);
      else dashed = coOpen = true; // its list follows, dashed
      itemLines.add(j);
      coAddressed = true;
      continue;
    }
    if (DASH.test(l)) {
      if (raw.length && !dashed) break; // "Kính gửi: X" then a dashed paragraph of the body
      raw.push(l);
      itemLines.add(j);
      dashed = true;
      continue;
    }
    // A wrapped item: the next line goes on with lower case (even after a ",": "… thành uỷ,\nđảng uỷ …"),
    // or the item has no closing punctuation yet.
    const lowerGoesOn = /^\p{Ll}/u.test(l) && !(kind === 'noi nhan' && dashed && /^(như|lưu)(?=\s|:|$)/iu.test(l));
    if (last !== undefined && !endedFinal(last) && (lowerGoesOn || (!ended(last) && !looksLikeBody(l) && l.length < 160))) {
      raw[raw.length - 1] = `${last} ${l}`;
      itemLines.add(j);
      continue;
    }
    // An undashed list: each item on its own line ending with "," or ";".
    if (kind === 'kinh gui' && !dashed && (last === undefined || /[,;]$/.test(last)) && !looksLikeBody(l) && l.length < 160) {
      raw.push(l);
      itemLines.add(j);
      continue;
    }
    // Signature lines of a flattened two-column row sit between the Nơi nhận items: step over them.
    if (kind === 'noi nhan' && isUpperLine(l) && lines.slice(j + 1, j + 3).some((x) => DASH.test(x))) continue;
    break;
  }
  // "Nơi nhận: - Như trên; - Lưu VT." flattened onto one line: one item per dash after a ";" or ",".
  const items = raw.flatMap((r) => (DASH.test(r) ? r.split(INLINE_DASH) : [r])).map(stripItem).filter(Boolean);
  return { items, start, end: j, dashed, inline: Boolean(inline), itemLines, coAddressed };
}

/** The first "Kính gửi" block at or after `from`, or null. */
export function parseKinhGui(lines: string[], from: number, to = lines.length): ListBlock | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const rest = afterLabel(lines[i]!, 'kinh gui');
    if (rest !== null) return readList(lines, i, rest, 'kinh gui');
  }
  return null;
}

/** The first "Nơi nhận" block at or after `from`, or null. */
export function parseNoiNhan(lines: string[], from: number): ListBlock | null {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    const rest = afterLabel(lines[i]!, 'noi nhan');
    if (rest !== null) return readList(lines, i, rest, 'noi nhan');
  }
  return null;
}
