// The signature block: quyền hạn ký (Party T/M, K/T, T/L, T/U; State TM., KT., TL., TUQ.),
// chức vụ, and the signer's name — the name-like line (2–5 capitalised syllables) that ends it.
import { toneKey } from '../text/tone';
import { fold, isUpperLine } from './lines';

export type SignatureResult = {
  authority: string | null;
  title: string | null;
  name: string | null;
  nameKnownSurname: boolean;
  nameAfterTitle: boolean;
  /** First line index of the block (for cutting the body). */
  start: number | null;
  /** Two marks stacked ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"): joined with a space, form uncertain. */
  stacked: boolean;
};

// "Q." (quyền, acting) is part of the chức vụ ("Q. CHỦ TỊCH"), not a way of signing for someone.
const MARK = /^(T\/M|K\/T|T\/L|T\/U|TM\.|KT\.|TL\.|TUQ\.)\s*(\p{Lu}.*)$/u;
const MARK_LOOSE = /^(T\.M|K\.T|T\.L|TM|KT|TL|TUQ)[.:]?\s+(\p{Lu}.*)$/u;
const TITLE_WORDS = /(TRƯỞNG|BÍ THƯ|CHÁNH|GIÁM ĐỐC|CHỦ TỊCH|CHỦ NHIỆM|THỦ TRƯỞNG|TỔNG|ỦY VIÊN|UỶ VIÊN|THƯỜNG TRỰC|PHÓ|BAN|VĂN PHÒNG|ĐẢNG|ỦY|UỶ)/u;
/** Vietnamese surnames as written (one tone-marked form each); names are recognised by their folded form. */
const SURNAME_LIST = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai Trịnh Trương Đào Cao Lương Hà Tạ Châu Tô Thái ' +
  'Lưu Quách La Lã Kiều Triệu Vương Nông Lò Thân Tăng Phùng Từ Khúc Chu Mạc Giang Lại Tôn Hầu Đàm Âu Lục Vi Ninh Nghiêm Bạch Hứa Kim Diệp Ông Viên Quan Đồng Y Ksor Niê'
).split(' ');
const SURNAMES = new Set(SURNAME_LIST.map((s) => fold(s)));
/** The written form of a surname from its folded form ("tran" → "Trần"); a fold two surnames share ("la": La, Lã) has none. */
export const surnameByFold = new Map(
  SURNAME_LIST.filter((s, _, all) => all.filter((o) => fold(o) === fold(s)).length === 1).map((s) => [fold(s), s]),
);
// Words that start capitalised lines but never a name (compared with diacritics: "Đảng" is excluded, the surname "Đặng" is not).
const NOT_FIRST = new Set(['BAN', 'VĂN', 'PHÒNG', 'SỞ', 'ĐẢNG', 'HỘI', 'NƠI', 'KÍNH', 'NHƯ', 'CÁC', 'CHI', 'THÀNH', 'TỈNH', 'QUẬN', 'HUYỆN', 'ỦY', 'TRUNG', 'MẶT', 'CÔNG', 'THƯỜNG', 'NĂM', 'NGÀY', 'TRÂN', 'LƯU']);

/** "Nguyễn Trung Châu Tuyên" → true; "Như trên", "Trân trọng." → false. */
export function isNameLike(line: string): { ok: boolean; knownSurname: boolean } {
  const words = line.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return { ok: false, knownSurname: false };
  const caps = isUpperLine(line);
  if (caps && TITLE_WORDS.test(line)) return { ok: false, knownSurname: false };
  const shape = caps ? /^\p{Lu}{1,7}$/u : /^\p{Lu}\p{Ll}{0,6}$/u;
  if (!words.every((w) => shape.test(w))) return { ok: false, knownSurname: false };
  const first = fold(words[0]!);
  const keys = words.map(toneKey);
  if (keys[0] === 'LƯU' ? keys.slice(1).some((k) => k !== 'VĂN' && NOT_FIRST.has(k)) : NOT_FIRST.has(keys[0]!)) return { ok: false, knownSurname: false };
  return { ok: true, knownSurname: SURNAMES.has(first) };
}

/**
 * The right-hand piece of a flattened Nơi nhận row: a chức vụ, a name or "(Đã ký)" — not the
 * rest of a state "Lưu: VT, VP, NTH" line, whose codes are upper case too.
 */
function isSignatureColumn(t: string): boolean {
  if (/^\((đã ký|ký)/iu.test(t)) return true;
  if (!isUpperLine(t)) return /^\p{Lu}/u.test(t) && isNameLike(t).knownSurname;
  return t.split(' ').length >= 2 && !/[,()\d]/.test(t) && (TITLE_WORDS.test(t) || isNameLike(t).ok);
}

/**
 * A Nơi nhận / signature table flattened row by row puts both columns on one line:
 * "Nơi nhận: K/T TRƯỞNG BAN", "- Như trên; PHÓ TRƯỞNG BAN". Cut such lines (after `from`) in two.
 */
export function splitRowWise(lines: string[], from: number): string[] {
  const out = lines.slice(0, from);
  for (const l of lines.slice(from)) {
    const mark = /\s((?:T\/M|K\/T|T\/L|T\/U|TM\.|KT\.|TL\.|TUQ\.)\s*\p{Lu}[^\p{Ll}]*)$/u.exec(l);
    if (mark && mark.index > 0 && /\p{Ll}|:/u.test(l.slice(0, mark.index))) {
      out.push(l.slice(0, mark.index).trim(), mark[1]!.trim());
      continue;
    }
    const tail = /^([-–+•].*?[;,.])\s+(\p{Lu}[^\p{Ll}]*|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}|\((?:[Đđ]ã ký|[Kk]ý)[^)]*\))$/u.exec(l);
    if (tail && isSignatureColumn(tail[2]!)) {
      out.push(tail[1]!.trim(), tail[2]!.trim());
      continue;
    }
    out.push(l);
  }
  return out;
}

const SIGNER_TITLE = /(TRƯỞNG|BÍ THƯ|CHÁNH|GIÁM ĐỐC|CHỦ TỊCH|CHỦ NHIỆM|TỔNG BIÊN TẬP|ỦY VIÊN|UỶ VIÊN|PHÓ)/u;

function nameAfter(lines: string[], from: number, to: number, exclude: (i: number) => boolean): boolean {
  for (let j = from; j < to; j++) {
    const l = lines[j]!;
    if (!l || exclude(j) || SKIP.test(l) || /^N[ơo]i nh[ậa]n/iu.test(l)) continue;
    if (isNameLike(l).ok) return true;
  }
  return false;
}

const SKIP = /^(\(.*\)|\[.*\]|đã ký|\.\/\.|\/\.)$/iu;

export function parseSignature(lines: string[], zoneStart: number, zoneEnd: number, exclude: (i: number) => boolean): SignatureResult {
  const r: SignatureResult = { authority: null, title: null, name: null, nameKnownSurname: false, nameAfterTitle: false, start: null, stacked: false };
  let titleAt = -1;
  for (let i = zoneStart; i < zoneEnd; i++) {
    const l = lines[i]!;
    if (!l || exclude(i)) continue;
    const m = MARK.exec(l) ?? (isUpperLine(l) ? MARK_LOOSE.exec(l) : null);
    if (m && isUpperLine(m[2]!)) {
      r.authority = `${m[1]} ${m[2]!.trim()}`.replace(/\s+/g, ' ');
      r.start = i;
      titleAt = i;
      const next = lines[i + 1] ?? '';
      const m2 = MARK.exec(next);
      if (m2 && isUpperLine(m2[2]!)) {
        r.authority += ` ${m2[1]} ${m2[2]!.trim()}`.replace(/\s+/g, ' ');
        r.stacked = true;
        titleAt = ++i;
      }
      // The chức vụ is the next upper-case line; a PDF read row by row may put the Nơi nhận
      // list between the two, so step over it.
      for (let j = i + 1; j < Math.min(zoneEnd, i + 10); j++) {
        const t = lines[j]!;
        if (!t || exclude(j) || /^N[ơo]i nh[ậa]n/iu.test(t)) continue;
        if (isUpperLine(t) && !isNameLike(t).ok && t.split(' ').length <= 8 && !MARK.test(t)) {
          r.title = t;
          titleAt = j;
        }
        break;
      }
      break;
    }
  }
  if (!r.authority) {
    // Without a mark, a chức vụ counts only when a name follows it; the last such pair wins.
    for (let i = zoneStart; i < zoneEnd; i++) {
      const l = lines[i]!;
      if (!l || exclude(i) || !isUpperLine(l) || l.split(' ').length > 8 || !SIGNER_TITLE.test(l) || isNameLike(l).ok) continue;
      if (!nameAfter(lines, i + 1, Math.min(zoneEnd, i + 9), exclude)) continue;
      r.title = l;
      r.start = i;
      titleAt = i;
    }
  }
  const from = titleAt >= 0 ? titleAt + 1 : zoneStart;
  const to = titleAt >= 0 ? Math.min(zoneEnd, titleAt + 10) : zoneEnd;
  let found = -1;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (!l || exclude(i) || SKIP.test(l)) continue;
    const n = isNameLike(l);
    if (!n.ok) continue;
    if (isUpperLine(l) && titleAt < 0) continue; // an all-caps "name" without a title above is more likely a heading
    found = i;
    r.nameKnownSurname = n.knownSurname;
    if (titleAt >= 0) break; // the first name under the title
  }
  if (found >= 0) {
    r.name = lines[found]!;
    r.nameAfterTitle = titleAt >= 0;
    r.start ??= found;
  }
  return r;
}
