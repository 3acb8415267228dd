// The Party body named in a sentence ("Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh", "Thành ủy
// Hải Phòng", "Đảng ủy xã Công Hải"), or the People's Council whose session a Ban Tuyên giáo also
// reports ("HĐND tỉnh Đồng Nai"), and its canonical form for the Thông báo nhanh.
import { foldAligned } from './fold';

const BODY_START = /(?:ban chap hanh dang bo|bch dang bo|ban chap hanh trung uong(?: dang)?|ban thuong vu|ban tuyen giao(?: va dan van)?|ban dan van|ban xay dung dang|(?:tinh|thanh|quan|huyen|thi) uy|dang uy|dang bo|chi bo|hdnd|hoi dong nhan dan)(?![a-z])/g;

/** Words that end a body name ("… TP.HCM tổ chức …", "… thành phố lần thứ 21"). */
const STOP_WORDS = [
  'to chuc', 'lan thu', 'lan', 'khoa', 'nhiem ky', 'da', 'dang', 'se', 'hop', 'tien hanh', 'khai mac', 'be mac', 'duoc', 'dien ra',
  'vao', 'ngay', 'sang', 'chieu', 'toi', 'tai', 'den', 'du', 'chu tri', 'thong qua', 'bieu quyet', 'mo rong', 've', 'so ket', 'tong ket',
  'voi', 'cho', 'cung', 'co', 'la', 'thi', 'trong', 'ky hop', 'hoi nghi', 'dai hoi', 'nham', 'de', 'quyet', 'thong nhat', 'ban hanh',
  'yeu cau', 'tiep tuc', 'gom', 'nhu', 'theo', 'thuc hien', 'doi voi', 'danh gia', 'ghi nhan', 'kiem diem', 'phat bieu', 'moi day',
  'vua', 'xem xet', 'thao luan', 'nay', 'do', 'ra', 'nhan', 'lam', 'tang', 'chi dao', 'lanh dao', 'va cac', 'va nhan dan',
  'tham du', 'gui', 'ket qua', 'giua', 'khanh thanh', 'nhiem vu', 'phan dau', 'ky niem',
].sort((a, b) => b.length - a.length);
const STOP_RE = new RegExp(String.raw`^(?:${STOP_WORDS.join('|')})(?![a-z0-9])`);

export type BodyMention = { raw: string; start: number; end: number };

/** The body phrase starting at `from` in `text` (offsets in the original). */
export function bodyAt(text: string, folded: string, from: number): BodyMention | null {
  const re = new RegExp(BODY_START.source, 'y');
  re.lastIndex = from;
  const m = re.exec(folded);
  if (!m) return null;
  let end = m.index + m[0].length;
  // "Ban Tuyên giáo và Dân vận": the only "và" inside a body name.
  let words = 0;
  for (;;) {
    const rest = folded.slice(end);
    const ws = /^\s+/.exec(rest);
    if (!ws) break;
    const next = rest.slice(ws[0].length);
    if (!next) break;
    const lower = /^\p{Ll}/u.test(text.slice(end + ws[0].length, end + ws[0].length + 1));
    // "Đảng ủy Khối các cơ quan tỉnh …", "Đảng ủy Bộ đội Biên phòng tỉnh …": lower-case words inside the name.
    const cq = /^(?:cac co quan|bo doi bien phong|bo chi huy quan su|quan su|cong an|nhan dan)(?![a-z])/.exec(next);
    if (cq) {
      end += ws[0].length + cq[0].length;
      continue;
    }
    if (lower && STOP_RE.test(next)) break;
    const w = /^(?:[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*|[-–]|&)/u.exec(next);
    if (!w) break;
    const orig = text.slice(end + ws[0].length, end + ws[0].length + w[0].length);
    // A lower-case word after the name has started ("Hải Phòng tổ chức") ends it, level words aside.
    if (lower && words > 0 && !LEVEL_WORDS.has(w[0]) && !prevIsLevel(folded.slice(m.index, end))) break;
    if (/^va$/.test(w[0]) && !/^va dan van/.test(next)) break;
    end += ws[0].length + w[0].length;
    if (/^\p{Lu}|^\d/u.test(orig)) words++;
    if (end - m.index > 90) break;
  }
  const raw = text.slice(m.index, end).replace(/\s+[-–]$/, '').trim();
  return { raw, start: m.index, end: m.index + raw.length };
}

const LEVEL_WORDS = new Set(['tinh', 'thanh', 'pho', 'quan', 'huyen', 'xa', 'phuong', 'thi', 'tran', 'khoi', 'dac', 'khu', 'cac', 'co', 'uy', 'trung', 'uong', 'dang', 'bo', 'vien', 'doanh', 'nghiep', 'nhan', 'dan', 'cong', 'an', 'quan su']);
const prevIsLevel = (s: string) => /(?:tinh|thanh pho|quan|huyen|xa|phuong|thi xa|thi tran|dac khu|khoi|cac co quan|uy)$/.test(s);

/** Every body mention in a sentence. */
export function findBodies(text: string): BodyMention[] {
  const f = foldAligned(text);
  const out: BodyMention[] = [];
  for (const m of f.matchAll(BODY_START)) {
    if (out.some((b) => m.index < b.end)) continue;
    // Not the "ủy" of "Ủy ban" or a word inside another ("Phó Bí thư Tỉnh ủy" is a title, handled by callers).
    if (m.index > 0 && /[\p{L}]/u.test(f[m.index - 1] as string)) continue;
    const b = bodyAt(text, f, m.index);
    if (b) out.push(b);
  }
  return out;
}

const HCM = /\b(?:TP\.?\s?HCM|TPHCM|TP\.?\s?Hồ Chí Minh|Tp\.?\s?HCM|Tp\.?\s?Hồ Chí Minh|thành phố Hồ Chí Minh)(?![\p{L}])/giu;

/** "TP.HCM" → "Thành phố Hồ Chí Minh", "TP. Cần Thơ" → "thành phố Cần Thơ". */
export function expandPlaceAbbreviations(s: string): string {
  return s.replace(HCM, 'Thành phố Hồ Chí Minh').replace(/\bTP\.?\s?(?=\p{Lu})/gu, 'thành phố ');
}

const LEVEL_OF: Record<string, string> = { tinh: 'tỉnh', thanh: 'thành phố', quan: 'quận', huyen: 'huyện', thi: 'thị xã' };
// Read with its marks: "quận" is a level, "Quân khu", "Quân sự" are not (they fold alike).
const ELECTED_LEVEL = /^(?:tỉnh|thành phố|quận|huyện|xã|phường|thị xã|thị trấn|đặc khu|khối)(?![\p{L}])/u;
const LEVEL_PREFIX = /^(?:tinh|thanh pho|quan|huyen|xa|phuong|thi xa|thi tran|dac khu|khoi)(?![a-z])/;

/**
 * Canonical body of a conference: "Thành ủy Hải Phòng" → "Ban Chấp hành Đảng bộ thành phố Hải Phòng",
 * "Đảng ủy xã X" → "Ban Chấp hành Đảng bộ xã X"; a congress keeps "Đảng bộ …".
 */
export function canonicalBody(raw: string, congress: boolean): string {
  // "BCH Đảng bộ tỉnh": newspapers abbreviate Ban Chấp hành.
  const s = expandPlaceAbbreviations(raw.replace(/\s+/g, ' ').trim()).replace(/Uỷ/g, 'Ủy').replace(/uỷ/g, 'ủy').replace(/^BCH(?=\s)/, 'Ban Chấp hành');
  const f = foldAligned(s);
  const levelUy = /^(tinh|thanh|quan|huyen|thi) uy(?![a-z])\s*(.*)$/.exec(f);
  if (levelUy) {
    const name = s.slice(s.length - (levelUy[2] ?? '').length).trim();
    const level = LEVEL_OF[levelUy[1] as string] as string;
    const core = congress ? 'Đảng bộ' : 'Ban Chấp hành Đảng bộ';
    if (!name) return `${core} ${level}`;
    return LEVEL_PREFIX.test(foldAligned(name)) ? `${core} ${name}` : `${core} ${level} ${name}`;
  }
  if (/^(?:hdnd|hoi dong nhan dan)(?![a-z])/.test(f)) return expandCouncils(s);
  // "Đảng ủy xã X", "Đảng ủy Khối …": the committee a Đảng bộ elects, named "Ban Chấp hành Đảng bộ …".
  // "Đảng ủy Quân sự / Công an / Bộ đội Biên phòng / các cơ quan Đảng / UBND tỉnh …" are not written so
  // (a military committee is never a "Ban Chấp hành"): they keep the name the source gives.
  if (/^dang uy(?![a-z])/.test(f)) {
    const rest = s.slice('Đảng ủy'.length).trim().normalize('NFC').toLowerCase();
    if (!rest || ELECTED_LEVEL.test(rest)) return `${congress ? 'Đảng bộ' : 'Ban Chấp hành Đảng bộ'}${s.slice('Đảng ủy'.length)}`;
    return expandCouncils(s);
  }
  return s;
}

/** "HĐND", "UBND" written out: a formal title does not abbreviate ("Kỳ họp thứ 12 Hội đồng nhân dân tỉnh …"). */
const expandCouncils = (s: string) => s.replace(/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'Hội đồng nhân dân').replace(/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân');

/** "Ban Chấp hành Đảng bộ thành phố" without a name: its level word ("thành phố"), else null. */
export function genericLevel(body: string): string | null {
  // Also "Ban Chấp hành Đảng bộ Công an tỉnh", "Đảng ủy các cơ quan Đảng tỉnh": any body ending in its level.
  const m = /\s(tinh|thanh pho|quan|huyen|xa|phuong|thi xa|dac khu|khoi)$/.exec(foldAligned(body));
  return m ? (m[1] as string) : null;
}

/** Place names of a level in a text with their counts ("Thành phố Hồ Chí Minh" ×5). */
export function namedPlaces(text: string, level: string): Map<string, number> {
  const out = new Map<string, number>();
  const s = expandPlaceAbbreviations(text);
  const f = foldAligned(s);
  const uy: Record<string, string> = { tinh: 'tinh uy', 'thanh pho': 'thanh uy', quan: 'quan uy', huyen: 'huyen uy', xa: 'dang uy xa', phuong: 'dang uy phuong' };
  const re = new RegExp(String.raw`(?<![a-z])(?:${uy[level] ?? level}|${level})\s+`, 'g');
  for (const m of f.matchAll(re)) {
    const after = s.slice(m.index + m[0].length);
    const name = /^(?:\p{Lu}[\p{L}]*|\d+)(?:\s(?:\p{Lu}[\p{L}]*|\d+))*/u.exec(after)?.[0];
    if (!name) continue;
    const levelText = s.slice(m.index, m.index + m[0].length).trim();
    const display = /^Thành phố Hồ Chí Minh$/.test(`${levelText} ${name}`) ? 'Thành phố Hồ Chí Minh' : `${LEVEL_DISPLAY[level] ?? level} ${name}`;
    out.set(display, (out.get(display) ?? 0) + 1);
  }
  return out;
}

const LEVEL_DISPLAY: Record<string, string> = { tinh: 'tỉnh', 'thanh pho': 'thành phố', quan: 'quận', huyen: 'huyện', xa: 'xã', phuong: 'phường', 'thi xa': 'thị xã', 'dac khu': 'đặc khu' };

/** Comparison key of a body: folded, without "Ban Chấp hành". */
export const bodyKey = (body: string) =>
  foldAligned(canonicalBody(body, false))
    .replace(/^ban chap hanh\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
