// Cutting flattened header lines into their parts. A two-column header copied out of Word or a
// PDF often arrives as one line ("QUẬN ỦY QUẬN 1 ĐẢNG CỘNG SẢN VIỆT NAM BAN TUYÊN GIÁO Quận 1, ngày …")
// or with the right column interleaved; cutting at the national title, the motto, "Số …", "V/v",
// "*" and the place-date gives back pieces that each hold one header element.
import { parsePlaceDate } from '../text/parseDates';
import { toneKey } from '../text/tone';
import { fold, isUpperLine } from './lines';

const CUT_PATTERNS: RegExp[] = [
  /dang cong san viet nam/g,
  /cong hoa xa hoi chu nghia viet nam/g,
  /doc lap\s*[-–—]?\s*tu do\s*[-–—]?\s*hanh phuc/g,
];

function cutsFor(line: string): number[] {
  const f = fold(line);
  const cuts = new Set<number>();
  for (const re of CUT_PATTERNS) {
    for (const m of f.matchAll(re)) {
      // The national titles are upper case; "Đảng Cộng sản Việt Nam" inside a trích yếu is not a cut.
      if (re !== CUT_PATTERNS[2] && !isUpperLine(line.slice(m.index, m.index + m[0].length))) continue;
      cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  }
  for (const m of f.matchAll(/(?:^|\s)(so\s*:?\s*\d{1,5}\s*[-–/])/g)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (line[at] === 'S') cuts.add(at); // "Số …" of the header, not "… số 148-QĐ/TW" in a sentence
  }
  for (const m of f.matchAll(/(?:^|\s)(v\/v\b|ve viec\s)/g)) cuts.add(m.index + m[0].length - m[1]!.length);
  // Rules drawn under the header parts ("-------", "_____") copied onto the same line.
  for (const m of f.matchAll(/(?:^|\s)([-_–—]{3,})(?=\s|$)/g)) {
    const at = m.index + m[0].length - m[1]!.length;
    cuts.add(at);
    cuts.add(at + m[1]!.length);
  }
  for (const m of f.matchAll(/(?:^|\s)(\*)(?=\s|$)/g)) {
    const at = m.index + m[0].length - 1;
    cuts.add(at);
    cuts.add(at + 1);
  }
  // Secrecy/urgency marks flattened into a line ("… văn thư KHẨN Đồng Nai, ngày …"); not "BÍ MẬT".
  for (const m of line.matchAll(/(?<=^|\s)(TUYỆT MẬT|TỐI MẬT|MẬT|THƯỢNG KHẨN|HỎA TỐC|HOẢ TỐC|KHẨN)(?=\s|$)/gu)) {
    if (/BÍ\s$/u.test(line.slice(0, m.index))) continue;
    cuts.add(m.index);
    cuts.add(m.index + m[0].length);
  }
  const pd = parsePlaceDate(line);
  // A date with no place after lower-case words is part of a sentence ("… tại cuộc họp ngày 08/9/2025").
  const inSentence = pd !== null && pd.place === null && /\p{Ll}[,.]?\s*$/u.test(line.slice(0, pd.index));
  if (pd && !inSentence) {
    cuts.add(pd.index);
    cuts.add(pd.index + pd.length);
  }
  return [...cuts].filter((c) => c > 0 && c < line.length).sort((a, b) => a - b);
}

/** One header line → its pieces, in order; a line with a single element comes back unchanged. */
export function segmentHeaderLine(line: string): string[] {
  const cuts = cutsFor(line);
  if (cuts.length === 0) return [line];
  const out: string[] = [];
  let prev = 0;
  for (const c of [...cuts, line.length]) {
    const piece = line.slice(prev, c).trim().replace(/^[,;]\s*/, '');
    if (piece) out.push(piece);
    prev = c;
  }
  return out;
}

// Words that begin the name of a body. A new unit starts at one of these; any other upper-case
// line continues the previous name ("ỦY BAN NHÂN DÂN" + "TỈNH ĐỒNG NAI"). Compared with
// diacritics (new-style tone marks), so "SỞ" is a head and "SỐ" is not.
const HEADS = [
  'TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'QUẬN ỦY', 'THỊ ỦY', 'ĐẢNG BỘ', 'ĐẢNG ỦY', 'ĐẢNG ĐOÀN', 'BAN', 'VĂN PHÒNG',
  'ỦY BAN', 'UBND', 'SỞ', 'PHÒNG', 'BỘ', 'TRUNG TÂM', 'HỘI', 'CHI BỘ', 'CÔNG AN', 'MẶT TRẬN', 'CỤC', 'TỔNG CỤC',
  'HỘI ĐỒNG', 'TRƯỜNG', 'ĐOÀN THANH NIÊN', 'LIÊN ĐOÀN', 'CÔNG ĐOÀN', 'TỈNH ĐOÀN', 'THÀNH ĐOÀN',
];
// Where a one-line left column is split into "cấp trên" + issuer: the issuer's first words.
const ISSUER_HEADS = ['BAN', 'VĂN PHÒNG', 'ĐẢNG ỦY', 'ỦY BAN KIỂM TRA', 'SỞ', 'PHÒNG', 'CHI BỘ', 'ĐẢNG ĐOÀN', 'BAN CÁN SỰ', 'TRUNG TÂM'];
const COMMITTEE_HEADS = ['TỈNH ỦY', 'THÀNH ỦY', 'HUYỆN ỦY', 'QUẬN ỦY', 'THỊ ỦY'];
// These heads name a body only with more words after them ("PHÒNG VĂN HÓA", not "HẢI PHÒNG").
const NEEDS_MORE = new Set(['BAN', 'SỞ', 'PHÒNG', 'TRUNG TÂM', 'CHI BỘ']);
const BARE_PARENT = /^(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY$/u;

const startsWithAny = (k: string, heads: string[]) => heads.some((h) => k === h || k.startsWith(h + ' '));

/** "TỈNH ỦY BẮC GIANG BAN TUYÊN GIÁO" → ["TỈNH ỦY BẮC GIANG", "BAN TUYÊN GIÁO"]. */
function splitInside(piece: string): string[] {
  const words = piece.split(' ');
  const keys = words.map((w) => toneKey(w));
  for (let i = 2; i < words.length; i++) {
    const k = keys.slice(i).join(' ');
    // Under "ĐẢNG BỘ …" the issuer may itself be a cấp ủy ("ĐẢNG BỘ TỈNH BÌNH DƯƠNG HUYỆN ỦY DẦU TIẾNG").
    const heads = keys[0] === 'ĐẢNG' && keys[1] === 'BỘ' ? [...ISSUER_HEADS, ...COMMITTEE_HEADS] : ISSUER_HEADS;
    const head = heads.find((h) => k === h || k.startsWith(h + ' '));
    if (!head) continue;
    if (NEEDS_MORE.has(head) && k === head) continue;
    const prev = keys[i - 1]!;
    if (prev === 'ỦY' || prev === 'VĂN' || prev === 'VÀ' || prev === 'CÁC' || prev === 'HẢI') continue; // ỦY BAN, VĂN PHÒNG, "VÀ DÂN VẬN"
    if (keys[i] === 'BAN' && (keys[i + 1] === 'CHẤP' || keys[i + 1] === 'THƯỜNG')) continue;
    return [words.slice(0, i).join(' '), ...splitInside(words.slice(i).join(' '))];
  }
  return [piece];
}

export type OrgSplit = { parentBody: string | null; issuer: string | null; units: number };

/** The upper-case organisation lines of the left column → cấp trên and cơ quan ban hành. */
export function splitOrganisation(pieces: string[]): OrgSplit {
  const units: string[] = [];
  for (const raw of pieces.flatMap(splitInside)) {
    const piece = raw.replace(/\s*\*+\s*$/, '').trim();
    if (!piece) continue;
    const k = toneKey(piece);
    const isHead = startsWithAny(k, HEADS) && !BARE_PARENT.test(k);
    if (units.length === 0 || isHead) units.push(piece);
    else units[units.length - 1] += ` ${piece}`;
  }
  if (units.length === 0) return { parentBody: null, issuer: null, units: 0 };
  if (units.length === 1) return { parentBody: null, issuer: units[0]!, units: 1 };
  return { parentBody: units[units.length - 2]!, issuer: units[units.length - 1]!, units: units.length };
}
