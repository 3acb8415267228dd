// Vietnamese paragraph and sentence splitting for news articles and Party documents.
import { cleanText } from '../text/normalize';
import type { Sentence, SentenceKind } from './types';

/** Words written with a trailing period that never end a sentence. */
const ABBREVIATIONS = new Set([
  'tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'cn', 'th.s', 'p', 'q', 'tt', 'tx', 'h', 'x', 'đ', 'st', 'ttg', 'v.v', 'vv', 'nxb', 'tr', 'ng', 'btc', 'ubnd', 'hđnd',
]);

const FOOTNOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*/;
const LIST_START = /^(?:[IVXLC]+[.\-–]\s|\d{1,2}[.)]\s|\(\d{1,2}\)\s|[a-zđ]\)\s|[-–•+]\s)/;
const TERMINAL = /[.!?…:;”"»)]\s*$/;

export type Paragraph = { text: string; footnote: boolean };

/**
 * Lines → paragraphs. Page breaks in converted documents cut sentences ("… so với cùng" / "kỳ. …");
 * a paragraph without final punctuation is joined with the next one when that one continues it.
 */
export function splitParagraphs(input: string): Paragraph[] {
  const lines = cleanText(input)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00A0]+/g, ' ').trim())
    .filter((l) => l.length > 0 && /[\p{L}\p{N}]/u.test(l));
  const body: Paragraph[] = [];
  const notes: Paragraph[] = [];
  for (const line of lines) {
    if (FOOTNOTE.test(line)) {
      notes.push({ text: line, footnote: true });
      continue;
    }
    const prev = body[body.length - 1];
    if (prev && continues(prev.text, line)) prev.text += ' ' + line;
    else body.push({ text: line, footnote: false });
  }
  return [...body, ...notes];
}

function continues(prev: string, next: string): boolean {
  if (TERMINAL.test(prev)) return false;
  if (LIST_START.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return prev.length > 40;
  // "… chỉ tiêu kinh tế - xã hội năm" / "2023 thông qua …".
  if (/^\d+[,.]?\s+\p{Ll}/u.test(next) && /\p{Ll}$/u.test(prev)) return prev.length > 40;
  // A long body paragraph cut before a capitalised word ("… của Mặt trận" / "Tổ quốc Việt Nam …").
  return prev.length > 200 && !isUpperLine(prev);
}

function isUpperLine(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.7;
}

/** Where sentences end inside one paragraph. */
export function splitSentenceTexts(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /([.!?…]+)(["”»’)]*)(\s+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph))) {
    const end = m.index + m[1]!.length + m[2]!.length;
    const after = paragraph.slice(m.index + m[0].length);
    if (!isBoundary(paragraph.slice(start, m.index), m[1]!, after)) continue;
    out.push(paragraph.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /[\p{L}\p{N}]/u.test(s));
}

function isBoundary(before: string, punct: string, after: string): boolean {
  // The next sentence starts with a capital, a digit, a quote or a bracket.
  if (!/^[\p{Lu}\d“"«(‘*]/u.test(after)) return false;
  if (punct === '.') {
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    const bare = word.replace(/^[(“"«]+/, '').toLowerCase();
    if (ABBREVIATIONS.has(bare)) return false;
    // A list marker at the start of the paragraph ("1. Tiếp tục", "II. VỀ …").
    if (before.trim() === word && /^(?:\d{1,2}|[IVXLC]+|[a-z])$/.test(word)) return false;
  }
  return true;
}

function kindOf(text: string, footnote: boolean, alone: boolean): SentenceKind {
  if (footnote) return 'footnote';
  if (/^[IVXLC]+[.\-–]\s/.test(text)) return 'heading';
  if (/^(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))\s/.test(text)) return 'item';
  if (alone && !/[.!?…]["”»)]*$/.test(text)) return 'line';
  return 'text';
}

// "Quang cảnh hội nghị. Ảnh: Thu Chung", "… phát biểu. (Ảnh: An Đăng/TTXVN)", "Ảnh: Đức Thụy".
const CAPTION = /(?:^|[\s(.])(?:Ảnh|ẢNH|Ảnh minh họa|Nguồn ảnh|Photo)\s*:\s*\S/u;

/** A photo caption: a short paragraph that credits a photo. */
export function isCaption(paragraph: string): boolean {
  // "Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.": a photo's caption even without its credit line.
  return paragraph.length <= 320 && (CAPTION.test(paragraph) || (paragraph.length <= 150 && /^(?:Quang cảnh|Toàn cảnh|Khung cảnh)\s/u.test(paragraph) && !/[.!?]\s+\S/u.test(paragraph)));
}

/** All sentences of a text, numbered from 0 in reading order (footnotes last). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitParagraphs(text).forEach((p, paragraph) => {
    const parts = splitSentenceTexts(p.text);
    const caption = !p.footnote && isCaption(p.text);
    parts.forEach((s, i) => {
      out.push({ index: out.length, text: s, paragraph, kind: caption ? 'caption' : i === 0 ? kindOf(s, p.footnote, parts.length === 1) : p.footnote ? 'footnote' : 'text' });
    });
  });
  return out;
}
