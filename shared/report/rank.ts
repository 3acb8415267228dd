// Extractive selection for sources without their own structure: rank sentences, drop near-duplicates,
// sort them into results / shortcomings / tasks.
import { foldAligned, tokens } from './fold';
import type { Sentence, SourceDoc } from './types';

export type Ranked = { doc: SourceDoc; sentence: Sentence; score: number; group: Group };
export type Group = 'results' | 'limits' | 'tasks';

const KEY_TERMS = /(?:nghi quyet|nhiem vu|giai phap|chi tieu|ket qua|thong nhat|thong qua|tang truong|hoan thanh|dat |trong tam|dot pha|xay dung dang|chinh don|kinh te - xa hoi|phat trien|tap trung|day manh|nang cao)/g;
const LIMITS = /(?:han che|ton tai|yeu kem|khuyet diem|chua dat|con cham|con nhieu|bat cap|vuong mac|thach thuc|kho khan)/;
const TASKS = /(?:yeu cau|de nghi|nhiem vu|giai phap|can |phai |tap trung|tiep tuc|day manh|phan dau|quan triet|khan truong|tu nay den|thoi gian toi|can tap trung|chi dao)/;
const JUNK = /(?:^|\s)(?:anh|ảnh)\s*:|\(anh:|binh luan|xem them|doc nhieu|cac tin|bai viet khac|nhan vat lien quan|chia se|theo doi|ttxvn\)$|^\s*(?:video|clip)/;

export function groupOf(text: string): Group {
  const f = foldAligned(text);
  if (LIMITS.test(f) && /(?:han che|ton tai|yeu kem|khuyet diem|chua|con cham|bat cap)/.test(f)) return 'limits';
  if (TASKS.test(f)) return 'tasks';
  return 'results';
}

/** Sentences worth quoting, best first, duplicates across sources removed. */
export function rankSentences(docs: SourceDoc[], exclude: Set<string>, limit: number): Ranked[] {
  const all: Ranked[] = [];
  for (const doc of docs) {
    const body = doc.sentences.filter((s) => s.kind === 'text' || s.kind === 'item');
    body.forEach((s, i) => {
      if (exclude.has(`${doc.index}:${s.index}`)) return;
      const f = foldAligned(s.text);
      const words = s.text.split(/\s+/).length;
      if (words < 8 || words > 120 || JUNK.test(f)) return;
      const quotes = (s.text.match(/[“”"]/g) ?? []).length;
      if (quotes % 2 === 1 || /^["“«]/.test(s.text) || /["”»]\s*,?\s*(?:ông|bà|đồng chí)?[^.]{0,40}(?:nói|nhấn mạnh|cho biết)\.?$/u.test(s.text)) return;
      // Article lead first; figures and the vocabulary of resolutions next.
      let score = 2 * (1 - i / Math.max(body.length, 1));
      score += Math.min(3, (s.text.match(/\d+(?:,\d+)?\s*%|\d[\d.,]*\s*(?:tỷ|triệu|nghìn)/gu) ?? []).length) * 0.8;
      score += Math.min(4, (f.match(KEY_TERMS) ?? []).length) * 0.4;
      if (words >= 15 && words <= 60) score += 0.5;
      if (/^(?:theo|phát biểu|ông|bà)\b/iu.test(s.text)) score -= 0.3;
      all.push({ doc, sentence: s, score, group: groupOf(s.text) });
    });
  }
  all.sort((a, b) => b.score - a.score);
  const kept: Ranked[] = [];
  const keptTokens: Set<string>[] = [];
  for (const r of all) {
    const t = new Set(tokens(r.sentence.text).filter((x) => x.length > 1));
    if (keptTokens.some((k) => similar(k, t))) continue;
    kept.push(r);
    keptTokens.push(t);
    if (kept.length >= limit) break;
  }
  return kept;
}

function similar(a: Set<string>, b: Set<string>): boolean {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  const union = a.size + b.size - common;
  return union > 0 && (common / union > 0.55 || common / Math.min(a.size, b.size) > 0.8);
}
