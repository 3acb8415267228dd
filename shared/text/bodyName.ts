// Capitalisation of organisation names as documents write them in running text (Quy định 66-QĐ/TW,
// Nghị định 30/2020 phụ lục II): headers print "BAN TUYÊN GIÁO THÀNH ỦY", a sentence says
// "Ban Tuyên giáo Thành ủy". The first syllable of the name and of each term naming a function is
// capitalised ("Ban Chấp hành", "Mặt trận Tổ quốc"); "Đảng" always; the level bodies "Tỉnh ủy",
// "Thành ủy", "Quận ủy", "Huyện ủy", "Thị ủy", "Đảng ủy" keep their capital; a place name after
// tỉnh/thành phố/quận/huyện/thị xã/xã/phường/thị trấn is a proper noun (every syllable), and the
// level word itself is capitalised when a number or a person's name follows ("Quận 1",
// "Thành phố Hồ Chí Minh"). Only the case changes: old/new tone marks stay as written (see tone.ts).
import { modernTone } from './tone';

/** Terms in the case they take anywhere in a name. Longest match wins ("xã hội" before "xã"). */
const TERMS = [
  // Party bodies and levels
  'Tỉnh ủy', 'Thành ủy', 'Quận ủy', 'Huyện ủy', 'Thị ủy', 'Đảng ủy', 'Đảng bộ', 'Đảng đoàn', 'Quân ủy',
  'Tỉnh Đoàn', 'Thành Đoàn', 'Quận Đoàn', 'Huyện Đoàn', 'Thị Đoàn',
  'Ban Chấp hành', 'Ban Thường vụ', 'Ban Thường trực', 'Bộ Chính trị', 'Ban Bí thư', 'Trung ương', 'Khối', 'Văn phòng',
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban', 'Cộng sản', 'Việt Nam', 'Hồ Chí Minh',
  // functions named after "Ban", "Ủy ban", "Sở", "Hội", "Đảng ủy Khối" …
  'Tuyên giáo', 'Dân vận', 'Tổ chức', 'Kiểm tra', 'Nội chính', 'Kinh tế', 'Đối ngoại', 'Chính sách', 'Chỉ đạo',
  'Bảo vệ', 'Lý luận', 'Chấp hành', 'Thường vụ', 'Thường trực', 'Bí thư', 'Chính trị', 'Xây dựng',
  'Mặt trận', 'Tổ quốc', 'Thanh niên', 'Liên hiệp', 'Phụ nữ', 'Cựu chiến binh', 'Nông dân', 'Lao động',
  'Chữ thập đỏ', 'Doanh nghiệp', 'Dân chính', 'Quân sự', 'Chỉ huy', 'Công an', 'Quốc phòng', 'Ngoại giao',
  'Giáo dục', 'Đào tạo', 'Văn hóa', 'Thể thao', 'Du lịch', 'Thông tin', 'Truyền thông', 'Tài chính', 'Nội vụ',
  'Tư pháp', 'Y tế', 'Khoa học', 'Công nghệ', 'Giao thông vận tải', 'Nông nghiệp', 'Môi trường', 'Tài nguyên',
  'Công thương', 'Kế hoạch', 'Đầu tư', 'Thương binh', 'Xã hội', 'Phát thanh', 'Truyền hình',
  'Báo Nhân dân', 'Quân đội nhân dân',
];

/** Administrative levels: what follows is a place name. */
const LEVELS = ['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu'];
/** Level bodies directly followed by their place ("Tỉnh ủy Lâm Đồng", "Thành Đoàn Hà Nội"). */
const LEVEL_BODIES = new Set(['tỉnh ủy', 'thành ủy', 'quận ủy', 'huyện ủy', 'thị ủy', 'tỉnh đoàn', 'thành đoàn', 'quận đoàn', 'huyện đoàn', 'thị đoàn']);
/** Places named after a person or an event: the level word is capitalised too (Nghị định 30/2020). */
const NAMED_AFTER = ['hồ chí minh', 'điện biên phủ'];

const key = (s: string) => modernTone(s.normalize('NFC')).toLocaleLowerCase('vi');

type Term = { words: string[]; cased: string[] };
const byFirst = new Map<string, Term[]>();
for (const t of [...TERMS.map((c) => ({ cased: c })), ...LEVELS.map((l) => ({ cased: l }))]) {
  const cased = t.cased.split(' ');
  const words = cased.map(key);
  const list = byFirst.get(words[0]!) ?? [];
  list.push({ words, cased });
  list.sort((a, b) => b.words.length - a.words.length);
  byFirst.set(words[0]!, list);
}
const LEVEL_KEYS = new Set(LEVELS);

const lower = (w: string) => w.toLocaleLowerCase('vi');
const cap = (w: string) => (w ? w[0]!.toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi') : w);
/** The case of `pattern` ("Ủy", "ủy") applied to `word` as written (its tone marks kept). */
const likeCase = (word: string, pattern: string) => (/^\p{Lu}/u.test(pattern) ? cap(word) : lower(word));

type Token = { text: string; word: boolean };

/**
 * "BAN TUYÊN GIÁO THÀNH ỦY" → "Ban Tuyên giáo Thành ủy"; "ỦY BAN NHÂN DÂN XÃ TÂN HIỆP" →
 * "Ủy ban nhân dân xã Tân Hiệp"; "QUẬN ỦY QUẬN 1" → "Quận ủy Quận 1". Accepts any case; in
 * mixed-case input an all-capitals abbreviation ("TNCS", "UBND") is kept.
 */
export function bodyNameCase(name: string): string {
  const s = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const mixed = s !== s.toLocaleUpperCase('vi');
  const tokens: Token[] = [...s.matchAll(/[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ text: m[0], word: /^[\p{L}\p{M}\p{N}]/u.test(m[0]) }));
  const words = tokens.filter((t) => t.word);
  // Separators between consecutive words: a term never spans punctuation ("Văn hóa, Thể thao").
  const gapAfter = (i: number) => tokens[tokens.indexOf(words[i]!) + 1]?.text ?? '';
  /** The longest term starting at word i, within one run of spaces. */
  const termAt = (i: number): Term | undefined =>
    (byFirst.get(key(words[i]?.text ?? '')) ?? []).find((t) => t.words.every((tw, j) => words[i + j] && key(words[i + j]!.text) === tw && (j === 0 || gapAfter(i + j - 1) === ' ')));
  const isLevelAt = (i: number) => LEVEL_KEYS.has(termAt(i)?.words.join(' ') ?? '');
  const out: string[] = [];
  let place = false; // inside a place name
  let i = 0;
  while (i < words.length) {
    const w = words[i]!.text;
    const k = key(w);
    if (/\p{N}/u.test(w) || (mixed && w.length >= 2 && w === w.toLocaleUpperCase('vi') && /\p{L}/u.test(w))) {
      out.push(w);
      i += 1;
      continue;
    }
    const term = termAt(i);
    const n = term ? term.words.length : 1;
    const phrase = term ? term.words.join(' ') : k;
    if (term && LEVEL_KEYS.has(phrase)) {
      // A level word: lower case, unless a number or a person's name is the place's name.
      const rest = words.slice(i + n).map((x) => key(x.text)).join(' ');
      const upper = /^\p{N}/u.test(words[i + n]?.text ?? '') || NAMED_AFTER.some((p) => rest.startsWith(p)) || out.length === 0;
      words.slice(i, i + n).forEach((x, j) => out.push(j === 0 && upper ? cap(x.text) : lower(x.text)));
      place = i + n < words.length && gapAfter(i + n - 1) === ' ';
    } else if (place) {
      words.slice(i, i + n).forEach((x) => out.push(cap(x.text)));
    } else if (term) {
      words.slice(i, i + n).forEach((x, j) => out.push(likeCase(x.text, term.cased[j]!)));
      place = LEVEL_BODIES.has(phrase);
    } else if (k === 'đảng' && key(words[i + 1]?.text ?? '') !== 'viên') {
      out.push(cap(w)); // the Party ("Xây dựng Đảng", "Trung ương Đảng"), not "đảng viên"
    } else {
      out.push(out.length === 0 ? cap(w) : lower(w));
    }
    i += n;
    const gap = gapAfter(i - 1);
    // A place name ends at punctuation or at "và"; it also ends before the next level word.
    if (place && (gap !== ' ' || key(words[i]?.text ?? '') === 'và' || isLevelAt(i))) place = false;
  }
  // Put the words back between the original separators.
  let wi = 0;
  return tokens.map((t) => (t.word ? out[wi++]! : t.text)).join('');
}
