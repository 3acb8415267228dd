// The year of a conference day written without one ("Sáng 28-12", "Ngày 19/7"), from evidence in a fixed
// order: a dated sentence or paragraph around it, the article's dateline, the content ("tổng kết năm 2021,
// phương hướng năm 2022"), the publication date the clerk gives. No evidence: null, the clerk is asked.
import { findArticleDate, findDates, type DayMonth } from './date-mentions';
import { foldAligned } from './fold';
import type { Sentence } from './types';

export type YearFound = { year: number; confidence: number; reason: string; evidence: string };

const dmy = (d: { day: number; month: number; year: number }) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
const serial = (y: number, m: number, d: number) => y * 372 + (m - 1) * 31 + d;

/** The year that puts day/month nearest to a reference date (events and articles are close in time). */
function nearestYear(dm: DayMonth, ref: { day: number; month: number; year: number }): number {
  const target = serial(ref.year, ref.month, ref.day);
  return [ref.year - 1, ref.year, ref.year + 1].sort((a, b) => Math.abs(serial(a, dm.month, dm.day) - target) - Math.abs(serial(b, dm.month, dm.day) - target))[0] as number;
}

/** The latest year in which day/month is not after a publication date (a report follows its event). */
const yearNotAfter = (dm: DayMonth, pub: { day: number; month: number; year: number }) => (dm.month > pub.month || (dm.month === pub.month && dm.day > pub.day) ? pub.year - 1 : pub.year);

/** A full date (not a citation, not a dateline) in the sentence, else in its paragraph. */
function datedNeighbour(at: Sentence | null, sentences: Sentence[]): { d: { day: number; month: number; year: number }; s: Sentence } | null {
  if (!at) return null;
  const scope = [at, ...sentences.filter((s) => s.paragraph === at.paragraph && s !== at && s.kind !== 'caption')];
  for (const s of scope) {
    const d = findDates(s.text).find((x) => x.year !== null && !x.citation && !x.dateline);
    if (d && d.year !== null) return { d: { day: d.day, month: d.month, year: d.year }, s };
  }
  return null;
}

// "năm 2021" that is not a target ("đến năm 2030"), a term ("nhiệm kỳ 2020 - 2025") or a vision.
const YEAR_WORD = /(?<![a-z])nam\s+((?:19|20)\d{2})(?!\s*[-–]\s*\d{4})/g;
const NOT_NOW = /(?:den|truoc|toi|sau|tam nhin|giai doan|nhiem ky|khoa|tu)\s*$/;
const PERIOD = /(?:\d+\s+thang(?:\s+(?:dau|cuoi))?|quy\s+[ivx1-4]+|nua dau|nua cuoi)\s*(?:nam\s*)?$/;
const FORWARD = /(?:nhiem vu|phuong huong|ke hoach|muc tieu|chi tieu|trien khai|du toan|chuong trinh)[^.;]{0,40}$/;
const BACKWARD = /(?:tong ket|ket qua|danh gia|thuc hien|cong tac|kiem diem)[^.;]{0,50}$/;

/** What a sentence says about when it happens: "tổng kết năm Y, nhiệm vụ năm Y+1" → late Y; "6 tháng đầu năm Y" → Y. */
function contentYear(dm: DayMonth, s: Sentence): { year: number; why: string } | null {
  const f = foldAligned(s.text);
  const years: { y: number; kind: 'period' | 'forward' | 'backward' | 'plain' }[] = [];
  for (const m of f.matchAll(YEAR_WORD)) {
    const before = f.slice(Math.max(0, m.index - 60), m.index);
    if (NOT_NOW.test(before)) continue;
    const y = Number(m[1]);
    years.push({ y, kind: PERIOD.test(f.slice(Math.max(0, m.index - 24), m.index + 4)) ? 'period' : FORWARD.test(before) ? 'forward' : BACKWARD.test(before) ? 'backward' : 'plain' });
  }
  // "6 tháng đầu năm 2023", "quý III/2025".
  for (const m of f.matchAll(/(?:\d+\s+thang(?:\s+(?:dau|cuoi))?|quy\s+[ivx1-4]+)\s*\/\s*((?:19|20)\d{2})(?!\d)/g)) years.push({ y: Number(m[1]), kind: 'period' });
  if (!years.length) return null;
  const set = [...new Set(years.map((x) => x.y))].sort();
  const late = dm.month >= 7;
  // A year under review and the next one planned: the meeting falls at the turn of the two.
  if (set.length === 2 && (set[1] as number) - (set[0] as number) === 1) return { year: late ? (set[0] as number) : (set[1] as number), why: `tổng kết năm ${set[0]}, kế hoạch năm ${set[1]}` };
  if (set.length !== 1) return null;
  const y = set[0] as number;
  const kinds = new Set(years.map((x) => x.kind));
  if (kinds.has('period')) return { year: y, why: `kỳ báo cáo trong năm ${y}` };
  if (kinds.has('forward') && !kinds.has('backward')) return { year: late ? y - 1 : y, why: `kế hoạch năm ${y}` };
  if (kinds.has('backward') && !kinds.has('forward')) return { year: late ? y : y + 1, why: `kết quả năm ${y}` };
  return null;
}

export type YearContext = {
  /** The sentence that gave the day/month. */
  at: Sentence | null;
  sentences: Sentence[];
  publishedDate?: string | null;
};

/** The year of `dm`, with the evidence and reason the clerk sees; null when nothing in hand says it. */
export function resolveYear(dm: DayMonth, ctx: YearContext): YearFound | null {
  const texts = ctx.sentences.map((s) => s.text);
  const near = datedNeighbour(ctx.at, ctx.sentences);
  if (near) {
    const year = nearestYear(dm, near.d);
    return { year, confidence: 0.9, reason: `Năm ${year} lấy theo ngày ${dmy(near.d)} ghi trong cùng ${near.s === ctx.at ? 'câu' : 'đoạn'}.`, evidence: near.s.text };
  }
  const article = findArticleDate(texts);
  if (article) {
    const year = yearNotAfter(dm, article);
    return { year, confidence: 0.85, reason: `Năm ${year} suy ra từ ngày đăng bài ${dmy(article)}.`, evidence: texts[article.line] as string };
  }
  const lead = ctx.sentences.filter((s) => s.kind === 'text' || s.kind === 'line').slice(0, 4);
  for (const s of [ctx.at, ...lead].filter((x): x is Sentence => !!x)) {
    const c = contentYear(dm, s);
    if (c) return { year: c.year, confidence: 0.7, reason: `Năm ${c.year} suy ra từ nội dung (${c.why}).`, evidence: s.text };
  }
  const pub = ctx.publishedDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.publishedDate) : null;
  if (pub) {
    const p = { year: Number(pub[1]), month: Number(pub[2]), day: Number(pub[3]) };
    const year = yearNotAfter(dm, p);
    return { year, confidence: 0.8, reason: `Năm ${year} suy ra từ ngày đăng bài văn thư nhập (${dmy(p)}).`, evidence: `Ngày đăng bài: ${dmy(p)}` };
  }
  return null;
}
