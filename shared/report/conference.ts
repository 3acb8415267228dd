// Which conference a text reports: kind, ordinal, body, term, place and dates, from the sentence
// that announces it ("Ngày 15/7, Thành ủy TP.HCM tổ chức hội nghị lần thứ 22, sơ kết …"); a People's
// Council session ("HĐND tỉnh Đồng Nai khóa X khai mạc Kỳ họp thứ 12") is read the same way.
import { bodyAt, findBodies, type BodyMention } from './body';
import { findDates, findRange, type DateMention, type DateSpan } from './date-mentions';
import { foldAligned, NUMBER_WORD, ordinalValue } from './fold';
import type { ConferenceKind, Sentence } from './types';

export type ConferenceMention = {
  sentence: Sentence;
  kind: ConferenceKind;
  ordinal: number | null;
  body: BodyMention | null;
  /** The body named before the verb ("Đảng ủy phường X tổ chức Hội nghị Ban Chấp hành …"). */
  organiser: BodyMention | null;
  khoa: string | null;
  years: string | null;
  yearsInWindow: boolean;
  place: string | null;
  dates: DateMention[];
  range: DateSpan | null;
  opening: boolean;
  closing: boolean;
  cited: boolean;
  upper: boolean;
  score: number;
};

const KEYWORD = /(?<![a-z])(hoi nghi|dai hoi|ky hop)(?![a-z])/g;
// "tại Trung tâm Hội nghị tỉnh", "Phòng họp …": a building, not a meeting.
const BUILDING_BEFORE = /(?:trung tam|phong|cung|nha)\s+$/;
// A conference named inside a citation is not the one reported ("Kết luận của Hội nghị lần thứ 4 …").
const CITED_BEFORE = /(?:nghi quyet|ket luan|chi thi|quy dinh|chuong trinh|tinh than|thanh cong|chuan bi|tien toi|cua|theo|sau|truoc|tu|tai cuoc|phuc vu|trinh|huong toi|chao mung)\s*(?:so\s*\S+\s*)?(?:\d+(?:\s*,\s*\d+)*\s*)?(?:cua\s+)?$/;
// "Thông báo nhanh kết quả Hội nghị …", "quán triệt, triển khai kết quả Hội nghị …": the conference relayed, not the one held.
const RELAYED_BEFORE = /(?:thong bao nhanh|quan triet|trien khai|hoc tap|tuyen truyen)[^.;]{0,24}?(?:ket qua|noi dung)\s*(?:cua\s+)?$|thong bao nhanh\s*$/;
// "lần thứ 21"; a session is numbered "Kỳ họp thứ 12", "Kỳ họp thứ nhất".
const ORDINAL = new RegExp(String.raw`(?:lan thu|^ky hop\s+(?:lan\s+)?thu)\s+([0-9]+|[ivxlc]+(?![a-z])|${NUMBER_WORD}(?:\s+${NUMBER_WORD}){0,2})(?![a-z0-9])`);
const CONGRESS_AFTER = /^\s*(?:dai bieu|dang bo|dang(?![a-z])|chi bo|lan thu|[ivxl]+(?![a-z])|toan quoc)/;
const WINDOW_END = /;|\.\s|\.$|(?<![a-z])(?:nghi quyet|ket luan|chi thi|chuong trinh|(?:hoi nghi|dai hoi|ky hop)(?![a-z]))/;
const VERB_NEAR = /(?:to chuc|khai mac|be mac|dien ra|tien hanh|(?<![a-z])hop(?![a-z])|duoc to chuc|bieu quyet|thong qua)/;

function kindOf(kw: string, windowF: string, sentenceF: string): ConferenceKind {
  if (kw === 'dai hoi') return 'đại hội';
  if (kw === 'ky hop') return 'kỳ họp';
  const head = windowF.slice(0, 60);
  if (/so ket/.test(head) && /giua nhiem ky/.test(sentenceF)) return 'hội nghị sơ kết giữa nhiệm kỳ';
  if (/^hoi nghi\s+(?:truc tuyen\s+)?so ket/.test(head)) return 'hội nghị sơ kết';
  if (/^hoi nghi\s+(?:truc tuyen\s+)?tong ket/.test(head)) return 'hội nghị tổng kết';
  if (/^hoi nghi\s+(?:truc tuyen\s+)?thong bao nhanh/.test(head)) return 'hội nghị thông báo nhanh';
  return 'hội nghị';
}

/** Every conference mention in the sentences of one source, scored. */
export function findConferences(sentences: Sentence[]): ConferenceMention[] {
  const out: ConferenceMention[] = [];
  let textSeen = 0;
  for (const s of sentences) {
    if (s.kind === 'text') textSeen++;
    if (s.kind === 'footnote') continue;
    const f = foldAligned(s.text);
    const found = [...f.matchAll(KEYWORD)].filter((m) => (m[1] !== 'dai hoi' || CONGRESS_AFTER.test(f.slice(m.index + 8))) && !BUILDING_BEFORE.test(f.slice(Math.max(0, m.index - 10), m.index)));
    const citedStarts = found.filter((m) => citedAt(f, m.index)).map((m) => m.index);
    for (const m of found) {
      const kw = m[1] as string;
      const at = m.index;
      const after = f.slice(at + kw.length);
      const endRel = WINDOW_END.exec(after.slice(1));
      const windowF = f.slice(at, at + kw.length + 1 + (endRel ? endRel.index : after.length));
      const clauseStart = Math.max(f.lastIndexOf(';', at), f.lastIndexOf(':', at)) + 1;
      const beforeF = f.slice(clauseStart, at);
      const cited = citedAt(f, at);
      // Dates and places after a cited conference in the same sentence are that conference's.
      const zoneEnd = cited ? f.length : (citedStarts.find((c) => c > at) ?? f.length);
      const [zone, zoneF] = [s.text.slice(0, zoneEnd), f.slice(0, zoneEnd)];
      const ordM = ORDINAL.exec(windowF);
      const tw = ordM ? null : /^hoi nghi\s+(?:ban chap hanh\s+)?trung uong\s+(\d{1,2})(?![\d/])/.exec(windowF);
      const ordinal = ordM ? ordinalOf(s.text.slice(at + ordM.index + ordM[0].length - (ordM[1] as string).length, at + ordM.index + ordM[0].length), windowF.slice(ordM.index + ordM[0].length)) : tw ? Number(tw[1]) : null;
      // "Hội nghị Trung ương 10": the Central Committee, named by its usual short form.
      const body = tw ? { raw: 'Ban Chấp hành Trung ương Đảng', start: at, end: at + tw[0].length } : bodyInWindow(s.text, f, at + kw.length, at + windowF.length);
      const organiser = bodyBefore(s.text, beforeF, clauseStart);
      // "Ban Chấp hành Đảng bộ thành phố Đà Nẵng khóa XXII tổ chức hội nghị …": the term may precede the keyword.
      const termZone = organiser ? [windowF, f.slice(organiser.end, at)] : [windowF];
      const khoaAt = termZone.map((z) => /(?<![a-z])khoa\s+([ivxlc]+)(?![a-z])/.exec(z)).find((m) => m);
      const khoa = khoaAt ? (khoaAt[1] as string).toUpperCase() : null;
      const yearsWin = /nhiem ky\s*(\d{4})\s*[-–—]\s*(\d{4})/.exec(windowF.slice(0, 110));
      const yearsAny = yearsWin ?? (cited ? null : /nhiem ky\s*(\d{4})\s*[-–—]\s*(\d{4})/.exec(f));
      const years = yearsAny ? `${yearsAny[1]} - ${yearsAny[2]}` : null;
      const place = placeIn(zone, zoneF);
      const dates = findDates(zone).filter((d) => !d.citation && !d.dateline);
      // "Kỳ họp dự kiến diễn ra trong 3 ngày, từ ngày 9 đến 11-12": a plan, not the days it was held.
      const stated = findRange(zone);
      const range = stated && !/du kien|theo ke hoach|se (?:dien ra|keo dai)/.test(zoneF.slice(0, stated.start)) ? stated : null;
      const upper = s.text === s.text.toUpperCase();
      const opening = /khai mac/.test(zoneF);
      const closing = /be mac/.test(zoneF);
      let score = 1;
      if (ordinal !== null) score += 2;
      if (body || organiser) score += 1.5;
      if (dates.length || range) score += 2;
      if (VERB_NEAR.test(f)) score += 1;
      if (khoa || years) score += 0.5;
      if (textSeen <= 3) score += 2;
      else if (textSeen <= 8) score += 1;
      if (cited) score -= 4;
      if (body && /trung uong/.test(foldAligned(body.raw)) && !dates.length) score -= 2;
      out.push({ sentence: s, kind: kindOf(kw, windowF, f), ordinal, body, organiser, khoa, years, yearsInWindow: !!yearsWin, place, dates, range, opening, closing, cited, upper, score });
    }
  }
  return out;
}

function citedAt(f: string, at: number): boolean {
  const clauseStart = Math.max(f.lastIndexOf(';', at), f.lastIndexOf(':', at)) + 1;
  return CITED_BEFORE.test(f.slice(clauseStart, at).slice(-40)) || RELAYED_BEFORE.test(f.slice(Math.max(0, at - 60), at));
}

function bodyInWindow(text: string, f: string, from: number, to: number): BodyMention | null {
  // Skip modifiers between the keyword and the body ("Hội nghị (mở rộng)", "Đại hội đại biểu", "Kỳ họp thứ 25 (chuyên đề)").
  const gap = new RegExp(String.raw`^\s*(?:\(mo rong\)\s*)?(?:dai bieu\s+)?(?:(?:lan )?thu\s+\S+\s+(?:${NUMBER_WORD}\s+){0,2})?(?:\([^)]*\)\s*)?`).exec(f.slice(from, to));
  const at = from + (gap ? gap[0].length : 0);
  return at < to ? bodyAt(text, f, at) : null;
}

function bodyBefore(text: string, beforeF: string, clauseStart: number): BodyMention | null {
  // "<body> (đã) tổ chức / họp / (tổ chức) khai mạc Hội nghị" — only verbs and time words may follow the body.
  const bodies = findBodies(text.slice(0, clauseStart + beforeF.length)).filter((b) => b.start >= clauseStart);
  const last = bodies[bodies.length - 1];
  if (!last) return null;
  const gap = foldAligned(text.slice(last.end, clauseStart + beforeF.length));
  return /^\s*(?:\([^)]*\)\s*)?(?:khoa\s+[ivxlc]+\s*,?\s*)?(?:nhiem ky\s*\d{4}\s*[-–]\s*\d{4}\s*,?\s*)?(?:(?:da|long trong|chinh thuc|vua|se)\s+)*(?:(?:to chuc|hop|khai mac|be mac|tien hanh|tong ket|so ket)\s*){1,2}$/.test(gap) ? last : null;
}

const PLACE_WORDS = /(?<![a-z])tai\s+(?=(?:diem cau|hoi truong|trung tam|nha |tru so|khach san|cung |thu do|thanh pho|tinh |quan |huyen |xa |phuong |dac khu|phong hop|hoi quan|vien |truong |nha van hoa))/;

/** "… được tổ chức tại Hội trường thành phố." → "Hội trường thành phố". */
function placeIn(text: string, f: string): string | null {
  const m = PLACE_WORDS.exec(f);
  if (!m) return null;
  const from = m.index + m[0].length;
  // "tại điểm cầu Tỉnh ủy" is written in lower case; other places start with a capital.
  if (!/^\p{Lu}/u.test(text.slice(from)) && !f.startsWith('diem cau', from)) return null;
  const rest = f.slice(from);
  const stop = /[,;.(]|\s(?:voi|duoi|nham|de|va cac|co su|ve|da|dien ra|trong|theo|cua tinh|tu ngay|ngay)\s/.exec(rest);
  // "… tại điểm cầu Tỉnh ủy và kết nối trực tuyến …": a lower-case word after "và" is no longer the name.
  const place = text.slice(from, from + (stop ? stop.index : rest.length)).replace(/\s+và\s+\p{Ll}.*$/u, '').trim();
  return place.length >= 3 ? place : null;
}

/** A written ordinal, the longest reading that is a number ("lần thứ hai từ ngày …" → 2, not "hai từ"). */
function ordinalOf(raw: string, afterF: string): number | null {
  const words = raw.trim().split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    // "lần thứ mười năm 2024": "năm" is the year word, not "mười lăm".
    if (n > 1 && foldAligned(words[n - 1] as string) === 'nam' && (n < words.length ? true : /^\s*\d{4}/.test(afterF))) continue;
    const v = ordinalValue(words.slice(0, n).join(' '));
    if (v !== null) return v;
  }
  return null;
}
