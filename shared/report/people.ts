// People and their titles: who chaired, who attended as a guest.
import { expandPlaceAbbreviations } from './body';
import { foldAligned } from './fold';
import type { Person, Sentence } from './types';

const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh',
  'Đoàn', 'Trương', 'Lâm', 'Mai', 'Tô', 'Hà', 'Cao', 'Lưu', 'Tạ', 'Thái', 'Châu', 'Quách', 'Lương', 'Chu', 'Kiều', 'Triệu', 'Vương',
  'Lại', 'Giang', 'Trịnh', 'Tăng', 'Nông', 'Lò', 'Hứa', 'Từ', 'Phùng', 'Thân', 'Mạc', 'Đào', 'Đàm', 'Tôn', 'Lạc', 'Ma', 'Lục', 'Hầu',
  'Âu', 'Mã', 'Bạch', 'Diệp', 'Khổng', 'Ninh', 'Quan', 'Lã', 'Văn', 'Y', 'Ksor', 'Rơ', 'Điểu', 'Sơn', 'Thạch', 'Danh', 'Kim', 'La', 'Vi',
];
const NOT_PEOPLE = new Set(['ho chi minh', 'ha noi', 'ha tinh', 'ha giang', 'ha nam', 'cao bang', 'lam dong', 'ha long', 'ha tien', 'ha dong', 'mai son', 'kim bang', 'thai binh', 'thai nguyen', 'quan tan binh', 'tran hung dao', 'le loi', 'hoang sa', 'ly son', 'son la', 'cao lanh', 'ha trung', 'son tay', 'kim son', 'giang thanh', 'doan chu']);
// Ê Đê and Jrai women's names start with "H'" ("H'Lan Byă").
const NAME_RE = new RegExp(String.raw`(?<![\p{L}])(?:${SURNAMES.join('|')}|H['’]\p{Lu}\p{Ll}*)(?:\s+\p{Lu}\p{Ll}*){1,3}(?![\p{L}.])`, 'gu');
// "… xã Hải " before a match: a place name under way with one word so far (names of places have two or more).
const PLACE_UNDER_WAY = /(?:^|\s)(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|đặc khu)\s+\p{Lu}\p{Ll}*\s+$/u;
const SURNAME_START = new RegExp(String.raw`^(?:${SURNAMES.join('|')})\s+\p{Lu}`, 'u');
const PLACE_BEFORE = /(?:pho|duong|phuong|xa|quan|huyen|tinh|cau|truong|benh vien|tu tuong|chu tich|thanh pho|tp\.?|khu|cong vien|bao tang|lang|den|song|nui|cang|cho)\s*$/;

export type NameMention = { name: string; start: number; end: number };

export function findNames(text: string): NameMention[] {
  const f = foldAligned(text);
  const out: NameMention[] = [];
  for (const m of text.matchAll(NAME_RE)) {
    let name = m[0];
    let index = m.index;
    // "xã Hải Hà Lục Văn Thắng": the match's first word ends the place name ("Hải Hà"); the person starts
    // at the next surname when one follows with a given name.
    if (PLACE_UNDER_WAY.test(text.slice(Math.max(0, index - 40), index))) {
      const next = name.indexOf(' ') + 1;
      const rest = name.slice(next);
      if (!SURNAME_START.test(rest)) continue;
      [name, index] = [rest, index + next];
    }
    if (NOT_PEOPLE.has(foldAligned(name))) continue;
    // "phường Nguyễn Cư Trinh" is a place, unless a verb follows ("… phường Nguyễn Thanh Xuân chủ trì").
    const followedByVerb = VERBS_AFTER.exec(f.slice(index + name.length, index + name.length + 30))?.index === 0;
    if (PLACE_BEFORE.test(f.slice(Math.max(0, index - 16), index)) && !followedByVerb) continue;
    out.push({ name, start: index, end: index + name.length });
  }
  return out;
}

const TITLE_WORDS = /(?:bi thu|chu tich|uy vien|truong|pho |giam doc|thu tuong|bo truong|thuong truc|chanh|tu lenh|chinh uy|dai bieu|tong|can bo|chuyen vien|bao cao vien|dai dien)/;
// Words that end a title written after a name ("…, Bí thư Thành ủy chủ trì", "… ghi nhận").
const VERBS_AFTER = /\s(?:chu tri|dong chu tri|chu toa|phat bieu|den du|tham du|du|cho biet|nhan manh|yeu cau|de nghi|ghi nhan|danh gia|khang dinh|chi dao|neu ro|luu y|noi|da|giao|trao|ket luan|bao cao|trinh bay|quan triet|cung|va cac|thong tin|bieu duong|chuc mung|khai mac|be mac)(?![a-z])/;

/** Title words that look like verbs ("Tuyên giáo" ~ "giao"), blanked out (same length) before verb checks. */
const maskTitleWords = (f: string) => f.replace(/tuyen giao|dan van|can su|dang doan/g, (m) => 'x'.repeat(m.length));

/** The title written right after a name: "Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy chủ trì". */
export function titleAfter(text: string, end: number): string | null {
  const rest = text.slice(end);
  // "Nguyễn Văn A, Bí thư …" or "Nguyễn Văn A - Bí thư …".
  if (!/^\s*(?:,|\s[-–])\s*\p{Lu}/u.test(rest)) return null;
  const body = rest.replace(/^\s*(?:,|\s[-–])\s*/, '');
  const f = maskTitleWords(foldAligned(body));
  // "… Bí thư Thành ủy và đồng chí B, …": the next person's name ends this title.
  const nextPerson = /\s(?:và|cùng)\s+(?:các\s+)?(?:đồng chí|ông|bà)(?![\p{L}])/iu.exec(body)?.index;
  const stops = [VERBS_AFTER.exec(f)?.index, /[;.:()]|\s[-–]\s/.exec(body)?.index, nextPerson].filter((x): x is number => x !== undefined);
  let cut = body.slice(0, stops.length ? Math.min(...stops) : body.length);
  // Comma-separated segments belong to the title while they start with a capital.
  const segs = cut.split(/\s*,\s*/);
  const kept: string[] = [];
  for (const seg of segs) {
    if (!/^\p{Lu}/u.test(seg) || findNames(seg).some((n) => n.start === 0)) break;
    kept.push(seg);
  }
  cut = kept.join(', ').trim();
  return cut && TITLE_WORDS.test(foldAligned(cut)) ? cut : null;
}

/** The title written right before a name: "Bí thư Thành ủy TP.HCM Nguyễn Văn Nên". */
export function titleBefore(text: string, start: number): string | null {
  const before = text.slice(0, start);
  // "Bí thư Thành ủy A và Phó Bí thư Thường trực Thành ủy B": B's title starts after A's name.
  const prevName = findNames(before).pop()?.end ?? 0;
  const from = Math.max(prevName, before.lastIndexOf(',') + 1, before.lastIndexOf(';') + 1, before.lastIndexOf(':') + 1, before.lastIndexOf('(') + 1, before.lastIndexOf('“') + 1);
  let t = before.slice(from).trim();
  const f = foldAligned(t);
  const lead = /^(?:(?:va|cung|voi|theo|ong|ba|dong chi|cac dong chi|do|co|gom|phat bieu[^A-ZĐ]*?)\s+)+/.exec(f);
  if (lead) t = t.slice(lead[0].length);
  t = t.replace(/\s*(?:ông|bà|đồng chí)$/iu, '').trim();
  if (!t || !/^\p{Lu}/u.test(t) || t.split(/\s+/).length > 14) return null;
  if (!TITLE_WORDS.test(foldAligned(t))) return null;
  // "Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố A": earlier comma-separated
  // segments that are titles themselves belong to the same person.
  let at = from;
  while (before[at - 1] === ',') {
    const segStart = Math.max(prevName, ...[',', ';', ':', '(', '“'].map((c) => before.lastIndexOf(c, at - 2) + 1));
    const seg = before.slice(segStart, at - 1).trim();
    if (!TITLE_START.test(foldAligned(seg)) || seg.split(/\s+/).length > 10 || findNames(seg).length) break;
    t = `${seg}, ${t}`;
    at = segStart;
  }
  return t;
}

const TITLE_START = /^(?:uy vien|bi thu|pho bi thu|chu tich|pho chu tich|truong ban|pho truong|giam doc|tong bi thu|bo truong|thu truong|chinh uy|tu lenh|chi huy truong|(?:tinh|thanh|huyen|quan) uy vien|dai bieu quoc hoi)(?![a-z])/;

export const cleanTitle = (t: string | null) => (t ? expandPlaceAbbreviations(t).replace(/\s+/g, ' ').trim() : null);

export type ChairFound = { person: Person; sentence: Sentence; confidence: number; reason?: string };

/** People the sources say chaired ("… chủ trì", "do đồng chí … chủ trì", "chủ trì Hội nghị có đồng chí …"). */
export function findChairs(sentences: Sentence[]): ChairFound[] {
  const out: ChairFound[] = [];
  for (const s of sentences) {
    const f = foldAligned(s.text);
    const m = CHAIR_WORD.exec(f);
    if (!m) continue;
    const names = findNames(s.text);
    // "Dự hội nghị có các đồng chí: A, …; B, …. Các đồng chí Thường trực Tỉnh ủy chủ trì hội nghị.": the list before.
    if (!names.length && GROUP_CHAIR.test(f.slice(0, m.index))) {
      const prev = sentences[sentences.indexOf(s) - 1];
      if (prev && prev.paragraph === s.paragraph) {
        for (const n of findNames(prev.text)) out.push({ person: { name: n.name, title: cleanTitle(titleAfter(prev.text, n.end) ?? titleBefore(prev.text, n.start)) }, sentence: prev, confidence: 0.9, reason: `Câu sau ghi "${s.text}"; danh sách lấy từ câu trước.` });
      }
      continue;
    }
    const left = names.filter((n) => n.end <= m.index);
    // Between a chair's name and "chủ trì" only titles and separators may stand.
    const accepted: typeof names = [];
    for (let i = left.length - 1; i >= 0; i--) {
      const n = left[i] as NameMention;
      const nextStart = i + 1 < left.length ? (left[i + 1] as NameMention).start : m.index;
      const gap = s.text.slice(n.end, nextStart);
      const gapWords = ' ' + maskTitleWords(foldAligned(gap));
      if (gap.length > 200 || !TITLE_GAP.test(gap) || VERBS_AFTER.test(gapWords)) break;
      accepted.unshift(n);
    }
    const right = names.filter((n) => n.start > m.index && LIST_GAP.test(foldAligned(s.text.slice(m.index + m[0].length, n.start)).replace(/[^;]*;\s*/g, '')));
    const presidium = m[0].startsWith('doan chu tich');
    for (const n of [...accepted, ...right]) {
      const title = cleanTitle(titleAfter(s.text, n.end) ?? titleBefore(s.text, n.start));
      out.push({ person: { name: n.name, title }, sentence: s, confidence: 0.95, ...(presidium ? { reason: PRESIDIUM_REASON } : {}) });
    }
  }
  return out;
}

/**
 * "… chủ trì", "đồng chủ trì", "chủ tọa kỳ họp" (a People's Council session), "Đoàn Chủ tịch hội nghị gồm …".
 * A congress's Đoàn Chủ tịch is elected by the delegates to run its sessions, not a chair: left out.
 */
/** The reason a chair read from "Đoàn Chủ tịch … gồm" carries; the draft then writes the presidium, not "chủ trì". */
export const PRESIDIUM_REASON = 'Thành viên Đoàn Chủ tịch (bài ghi "Đoàn Chủ tịch … gồm các đồng chí").';
const CHAIR_WORD = /(?<![a-z])(?:(?:(?:dong|cung) )?chu (?:tri|toa)(?![a-z])(?!\s*,\s*tham muu)|doan chu tich(?![a-z])(?![^.:;]*dai hoi))/;
// Military and police ranks stand before a name as titles ("Đại tá Trần Văn Hùng"), never part of it.
const RANK = String.raw`(?:(?:dai|thuong|trung|thieu)\s+(?:tuong|ta|uy))`;
// Between "chủ trì …" / "Đoàn Chủ tịch …" and a listed name: the meeting, "gồm các đồng chí:", a rank.
const LIST_GAP = new RegExp(String.raw`^\s*(?:dieu hanh\s+)?(?:hoi nghi|dai hoi|ky hop)?\s*(?:la|co|gom)?\s*(?:cac\s+)?(?:dong chi|ong|ba)?\s*:?\s*(?:${RANK}\s*)?$`);

// "Các đồng chí Thường trực Tỉnh ủy", "Các đồng chí lãnh đạo thành phố", "Thường trực Thành ủy": a group named before.
const GROUP_CHAIR = /^\s*(?:cac dong chi\s+)?(?:thuong truc|lanh dao|ban thuong vu|trong ban thuong vu)[^,;]{0,40}\s$/;

// A gap made only of titles: ", Ủy viên Bộ Chính trị, Bí thư Thành ủy ", "; " or " và Phó Bí thư Thành ủy ".
const TITLE_GAP = /^(?:\s*(?:[,;]|\s[-–]|\svà\s)\s*\p{Lu}[^,;]*?)*\s*[,;]?\s*(?:và\s*)?(?:(?:đồng chí|ông|bà)\s*)?$/u;

/**
 * No "chủ trì" anywhere: the body's own Bí thư who opened, closed or concluded the conference
 * presumably chaired it (confidence 0.55, with a note).
 */
export function inferChair(sentences: Sentence[]): ChairFound | null {
  for (const s of sentences.slice(0, 40)) {
    const f = foldAligned(s.text);
    if (!/phat bieu (?:khai mac|be mac|ket luan|chi dao)/.test(f)) continue;
    for (const n of findNames(s.text)) {
      const title = cleanTitle(titleAfter(s.text, n.end) ?? titleBefore(s.text, n.start));
      if (!title) continue;
      const tf = foldAligned(title);
      if (!/(?:^|, )bi thu (?:thanh|tinh|quan|huyen|thi|dang) uy/.test(tf)) continue;
      return { person: { name: n.name, title }, sentence: s, confidence: 0.55, reason: 'Không ghi "chủ trì"; suy ra từ việc Bí thư phát biểu khai mạc/bế mạc/chỉ đạo.' };
    }
  }
  return null;
}

/** Guests: "… tham dự hội nghị", "Dự hội nghị có …", "Khách mời tham dự Hội nghị có …". */
export function findGuests(sentences: Sentence[]): { person: Person; sentence: Sentence }[] {
  const out: { person: Person; sentence: Sentence }[] = [];
  for (const s of sentences.slice(0, 60)) {
    const f = foldAligned(s.text);
    if (!/(?:tham du|den du|(?<![a-z])du(?![a-z])|khach moi)[^.]*(?:hoi nghi|dai hoi)|(?:hoi nghi|dai hoi)[^.]*(?:co su tham du|vinh du don)/.test(f)) continue;
    if (/chu tri|chu toa/.test(f) || /tong so dai bieu|\d+\s*\/\s*\d+/.test(f)) {
      if (!/khach moi|\bdu\b.*co cac dong chi/.test(f)) continue;
    }
    const names = findNames(s.text);
    if (names.length === 0) {
      const m = /co (?:cac )?(?:dong chi\s+)?(dai dien[^.]*)/.exec(f);
      if (m) out.push({ person: { name: '', title: cleanTitle(s.text.slice(m.index + m[0].length - (m[1] as string).length).replace(/\.$/, '')) }, sentence: s });
      continue;
    }
    for (const n of names) out.push({ person: { name: n.name, title: cleanTitle(titleAfter(s.text, n.end) ?? titleBefore(s.text, n.start)) }, sentence: s });
  }
  return out;
}
