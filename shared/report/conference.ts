// Which conference a text reports: kind, ordinal, body, term, place and dates, from the sentence
// that announces it ("Ngày 15/7, Thành ủy TP.HCM tổ chức hội nghị lần thứ 22, sơ kết …").
import { bodyAt, findBodies, type BodyMention } from './body';
import { findDates, findRange, type DateMention, type DateSpan } from './date-mentions';
import { foldAligned, ordinalValue } from './fold';
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

const KEYWORD = /(?<![a-z])(hoi nghi|dai hoi)(?![a-z])/g;
// A conference named inside a citation is not the one reported ("Kết luận của Hội nghị lần thứ 4 …").
const CITED_BEFORE = /(?:nghi quyet|ket luan|chi thi|quy dinh|chuong trinh|tinh than|thanh cong|chuan bi|tien toi|cua|theo|sau|truoc|tu|tai cuoc|phuc vu|huong toi|chao mung)\s*(?:so\s*\S+\s*)?(?:\d+(?:\s*,\s*\d+)*\s*)?(?:cua\s+)?$/;
const CONGRESS_AFTER = /^\s*(?:dai bieu|dang bo|dang(?![a-z])|chi bo|lan thu|[ivxl]+(?![a-z])|toan quoc)/;
const WINDOW_END = /;|\.\s|\.$|(?<![a-z])(?:nghi quyet|ket luan|chi thi|chuong trinh|(?:hoi nghi|dai hoi)(?![a-z]))/;
const VERB_NEAR = /(?:to chuc|khai mac|be mac|dien ra|tien hanh|(?<![a-z])hop(?![a-z])|duoc to chuc|bieu quyet|thong qua)/;

function kindOf(kw: string, windowF: string, sentenceF: string): ConferenceKind {
  if (kw === 'dai hoi') return 'đại hội';
  const head = windowF.slice(0, 60);
  if (/so ket/.test(head) && /giua nhiem ky/.test(sentenceF)) return 'hội nghị sơ kết giữa nhiệm kỳ';
  if (/^hoi nghi\s+so ket/.test(head)) return 'hội nghị sơ kết';
  if (/^hoi nghi\s+tong ket/.test(head)) return 'hội nghị tổng kết';
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
    for (const m of f.matchAll(KEYWORD)) {
      const kw = m[1] as string;
      const at = m.index;
      if (kw === 'dai hoi' && !CONGRESS_AFTER.test(f.slice(at + kw.length))) continue;
      const after = f.slice(at + kw.length);
      const endRel = WINDOW_END.exec(after.slice(1));
      const windowF = f.slice(at, at + kw.length + 1 + (endRel ? endRel.index : after.length));
      const clauseStart = Math.max(f.lastIndexOf(';', at), f.lastIndexOf(':', at)) + 1;
      const beforeF = f.slice(clauseStart, at);
      const cited = CITED_BEFORE.test(beforeF.slice(-40));
      const ordM = /lan thu\s+([0-9]+|[ivxlc]+|[a-z]+)(?![a-z0-9])/.exec(windowF);
      const ordinal = ordM ? ordinalValue(s.text.slice(at + ordM.index + ordM[0].length - (ordM[1] as string).length, at + ordM.index + ordM[0].length)) : null;
      const body = bodyInWindow(s.text, f, at + kw.length, at + windowF.length);
      const organiser = bodyBefore(s.text, beforeF, clauseStart);
      const khoaM = /(?<![a-z])khoa\s+([ivxlc]+)(?![a-z])/.exec(windowF);
      const khoa = khoaM ? s.text.slice(at + khoaM.index + khoaM[0].length - (khoaM[1] as string).length, at + khoaM.index + khoaM[0].length).toUpperCase() : null;
      const yearsWin = /nhiem ky\s*(\d{4})\s*[-–—]\s*(\d{4})/.exec(windowF.slice(0, 110));
      const yearsAny = yearsWin ?? (cited ? null : /nhiem ky\s*(\d{4})\s*[-–—]\s*(\d{4})/.exec(f));
      const years = yearsAny ? `${yearsAny[1]} - ${yearsAny[2]}` : null;
      const place = placeIn(s.text, f);
      const dates = findDates(s.text).filter((d) => !d.citation);
      const range = findRange(s.text);
      const upper = s.text === s.text.toUpperCase();
      const opening = /khai mac/.test(f);
      const closing = /be mac/.test(f);
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

function bodyInWindow(text: string, f: string, from: number, to: number): BodyMention | null {
  // Skip modifiers between the keyword and the body ("Hội nghị (mở rộng)", "Đại hội đại biểu").
  const gap = /^\s*(?:\(mo rong\)\s*)?(?:dai bieu\s+)?(?:lan thu\s+\S+\s+)?/.exec(f.slice(from, to));
  const at = from + (gap ? gap[0].length : 0);
  return at < to ? bodyAt(text, f, at) : null;
}

function bodyBefore(text: string, beforeF: string, clauseStart: number): BodyMention | null {
  // "<body> (đã) tổ chức / họp / khai mạc Hội nghị" — only verbs and time words may follow the body.
  const bodies = findBodies(text.slice(0, clauseStart + beforeF.length)).filter((b) => b.start >= clauseStart);
  const last = bodies[bodies.length - 1];
  if (!last) return null;
  const gap = foldAligned(text.slice(last.end, clauseStart + beforeF.length));
  return /^\s*(?:\([^)]*\)\s*)?(?:(?:da|long trong|chinh thuc|vua|se)\s+)*(?:to chuc|hop|khai mac|be mac|tien hanh|tong ket|so ket)\s*$/.test(gap) ? last : null;
}

const PLACE_WORDS = /(?<![a-z])tai\s+(?=(?:hoi truong|trung tam|nha |tru so|khach san|cung |thu do|thanh pho|tinh |quan |huyen |xa |phuong |dac khu|phong hop|hoi quan|vien |truong |nha van hoa))/;

/** "… được tổ chức tại Hội trường thành phố." → "Hội trường thành phố". */
function placeIn(text: string, f: string): string | null {
  const m = PLACE_WORDS.exec(f);
  if (!m) return null;
  const from = m.index + m[0].length;
  if (!/^\p{Lu}/u.test(text.slice(from))) return null;
  const rest = f.slice(from);
  const stop = /[,;.(]|\s(?:voi|duoi|nham|de|va cac|co su|ve|da|dien ra|trong|theo|cua tinh|tu ngay|ngay)\s/.exec(rest);
  const place = text.slice(from, from + (stop ? stop.index : rest.length)).trim();
  return place.length >= 3 ? place : null;
}
