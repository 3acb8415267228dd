// The Thông báo nhanh draft: title from the facts, an opening composed only from facts, sections from
// the sources' own structure or from ranked sentences, and a closing call to action.
import { formatDateWords } from '../text/dates';
import { refOf } from './facts';
import { foldAligned, romanToNumber } from './fold';
import { PRESIDIUM_REASON } from './people';
import { rankSentences, type Group } from './rank';
import type { Draft, DraftParagraph, DraftSection, RichFacts, Sentence, SourceDoc, SourceRef } from './types';

export const DOC_TYPE = 'THÔNG BÁO NHANH';
/** Used only when no source has a call to action; the quick-report template may override it. */
export const DEFAULT_CLOSING = 'Đề nghị các cấp ủy, tổ chức đảng tổ chức quán triệt, tuyên truyền kết quả Hội nghị đến cán bộ, đảng viên và Nhân dân.';
/** The default closing names the meeting reported ("kết quả Kỳ họp", "kết quả Đại hội"). */
const defaultClosing = (f: RichFacts) => DEFAULT_CLOSING.replace('Hội nghị', meetingWord(f));

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const GROUP_HEADINGS: Record<Group, string> = { results: 'KẾT QUẢ CHỦ YẾU', limits: 'HẠN CHẾ, KHÓ KHĂN', tasks: 'NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM' };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const conferenceWord = (f: RichFacts) => capitalize(f.kind?.value ?? 'hội nghị');
/** "Hội nghị", "Đại hội" or "Kỳ họp", without "tổng kết" / "sơ kết". */
const meetingWord = (f: RichFacts) => (f.kind?.value === 'đại hội' ? 'Đại hội' : f.kind?.value === 'kỳ họp' ? 'Kỳ họp' : 'Hội nghị');
const isSession = (f: RichFacts) => f.kind?.value === 'kỳ họp';
/** "lần thứ 21", a congress "lần thứ I", a People's Council session "thứ 12" ("Kỳ họp thứ 12", never "lần thứ"). */
const ordinalWords = (f: RichFacts, n: number) => (f.kind?.value === 'đại hội' ? `lần thứ ${ROMAN_FULL(n)}` : isSession(f) ? `thứ ${n}` : `lần thứ ${n}`);

/** "Kết quả Hội nghị lần thứ 21 Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh khóa XI". */
export function subjectLine(f: RichFacts): string {
  const parts = ['Kết quả', conferenceWord(f)];
  const khoa = f.term ? /khóa\s+([IVXLC]+)/.exec(f.term.value)?.[1] : undefined;
  const years = f.term ? /nhiệm kỳ\s+(\d{4} - \d{4})/.exec(f.term.value)?.[1] : undefined;
  if (f.kind?.value === 'đại hội') {
    if (f.body) parts.push(f.body.value);
    if (f.ordinal) parts.push(ordinalWords(f, f.ordinal.value));
    return parts.join(' ') + (years ? `, nhiệm kỳ ${years}` : '');
  }
  if (f.ordinal) parts.push(ordinalWords(f, f.ordinal.value));
  if (f.body) parts.push(f.body.value);
  if (khoa) parts.push(`khóa ${khoa}`);
  else if (years) return parts.join(' ') + `, nhiệm kỳ ${years}`;
  return parts.join(' ');
}

function ROMAN_FULL(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) [out, n] = [out + s, n - v];
  return out;
}

const dateWords = (iso: string) => formatDateWords(iso);

/** The opening paragraph, built only from extracted facts. */
export function openingParagraph(f: RichFacts): DraftParagraph | null {
  const sources: SourceRef[] = [];
  const use = (refs: SourceRef[] | undefined) => refs?.forEach((r) => sources.some((x) => x.source === r.source && x.sentence === r.sentence) || sources.push(r));
  const sentences: string[] = [];
  const conf = [conferenceWord(f), f.ordinal ? ordinalWords(f, f.ordinal.value) : null].filter(Boolean).join(' ');
  let when = '';
  if (f.startDate && f.endDate && f.startDate.value !== f.endDate.value) {
    // "Từ ngày 09 đến ngày 11 tháng 12 năm 2025": the month and year once when both days share them.
    const sameMonth = f.startDate.value.slice(0, 7) === f.endDate.value.slice(0, 7);
    when = `Từ ${sameMonth ? dateWords(f.startDate.value).replace(/ tháng .*$/, '') : dateWords(f.startDate.value)} đến ${dateWords(f.endDate.value)}`;
  }
  else if (f.startDate) when = capitalize(dateWords(f.startDate.value));
  use(f.startDate?.sources);
  use(f.endDate?.sources);
  const where = f.place ? `tại ${f.place.value}` : '';
  use(f.place?.sources);
  if (f.body) {
    use(f.body.sources);
    const term = f.term ? ` ${f.term.value.startsWith('khóa') ? f.term.value.replace(/,.*$/, '') : ''}`.trimEnd() : '';
    use(f.term?.sources);
    const lead = [when, where].filter(Boolean).join(', ');
    if (!f.startDate && f.endDate) {
      sentences.push(`${capitalize(dateWords(f.endDate.value))}${where ? `, ${where}` : ''}, ${conf} ${f.body.value}${term} bế mạc.`);
    } else if (isSession(f)) {
      // "Hội đồng nhân dân tỉnh X khóa X, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp thứ 12": a council's term follows its name.
      const body = `${lead ? f.body.value : capitalize(f.body.value)}${f.term ? ` ${f.term.value}` : ''}`;
      sentences.push(`${lead ? `${lead}, ` : ''}${body} tổ chức ${conf}.`);
    } else {
      sentences.push(`${lead ? `${lead}, ` : ''}${lead ? f.body.value : capitalize(f.body.value)} tổ chức ${conf}${term}.`);
    }
  }
  const a = f.attendance?.value;
  if (a && a.present !== null) {
    use(f.attendance?.sources);
    const total = a.total !== null ? `${a.present}/${a.total}` : String(a.present);
    const members = a.members.present !== null ? `, trong đó có ${a.members.present}/${a.members.total} đồng chí Ủy viên Ban Chấp hành` : '';
    const delegates = isSession(f) && f.body ? `đại biểu ${f.body.value}` : 'đại biểu';
    sentences.push(`Tham dự ${conferenceWord(f)} có ${total} ${delegates}${members}.`);
  }
  const chairs = f.chairs.filter((c) => c.confidence >= 0.9);
  if (chairs.length) {
    chairs.forEach((c) => use(c.sources));
    const who = chairs.map((c) => `${c.value.name}${c.value.title ? `, ${c.value.title}` : ''}`);
    // The chair of a People's Council session "chủ tọa" it (the Law on Local Government's word).
    const chair = isSession(f) ? 'chủ tọa' : 'chủ trì';
    // "Đoàn Chủ tịch Hội nghị gồm các đồng chí: …" when the source names a presidium.
    if (chairs.every((c) => c.reason === PRESIDIUM_REASON)) sentences.push(`Đoàn Chủ tịch ${conferenceWord(f)} gồm các đồng chí: ${who.join('; ')}.`);
    else sentences.push(chairs.length === 1 ? `Đồng chí ${who[0]} ${chair} ${conferenceWord(f)}.` : `Các đồng chí: ${who.join('; ')} ${chair} ${conferenceWord(f)}.`);
  }
  return sentences.length ? { text: sentences.join(' '), origin: 'composed', sources } : null;
}

const isCallToAction = (s: Sentence) => /keu goi/.test(foldAligned(s.text)) && /(?:can bo|dang vien|nhan dan|he thong chinh tri|tang lop|doanh nghiep)/.test(foldAligned(s.text));

function paragraphOf(doc: SourceDoc, list: Sentence[]): DraftParagraph {
  return { text: list.map((s) => s.text).join(' '), origin: 'extracted', sources: list.map((s) => refOf(doc, s)) };
}

/** Sections from "I. …", "II. …" headings of a structured source (numbering kept in order). */
function structuredSections(doc: SourceDoc, stopAt: number): DraftSection[] | null {
  const heads = doc.sentences.filter((s) => s.kind === 'heading');
  if (heads.length < 2) return null;
  const sections: DraftSection[] = [];
  let last = 0;
  let current: { heading: string; sentences: Sentence[] } | null = null;
  const flush = () => {
    if (!current) return;
    const byParagraph = new Map<number, Sentence[]>();
    for (const s of current.sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
    sections.push({ heading: current.heading, paragraphs: [...byParagraph.values()].map((l) => paragraphOf(doc, l)) });
  };
  for (const s of doc.sentences) {
    if (s.index >= stopAt || s.kind === 'footnote') continue;
    const numeral = s.kind === 'heading' ? romanToNumber(/^([IVXLC]+)/.exec(s.text)?.[1] ?? '') : null;
    if (numeral !== null && numeral === last + 1) {
      flush();
      last = numeral;
      current = { heading: s.text, sentences: [] };
    } else if (current) current.sentences.push(s);
  }
  flush();
  return sections;
}

export function buildDraft(docs: SourceDoc[], facts: RichFacts, closingDefault = defaultClosing(facts)): Draft {
  const subject = subjectLine(facts);
  const sections: DraftSection[] = [];
  const opening = openingParagraph(facts);
  const openingParas: DraftParagraph[] = opening ? [opening] : [];
  const adoptedRef = facts.adopted[0]?.sources[0];
  const exclude = new Set<string>();
  const mark = (refs: SourceRef[] | undefined) => refs?.forEach((r) => exclude.add(`${r.source}:${r.sentence}`));
  for (const fct of [facts.body, facts.startDate, facts.endDate, facts.place, facts.attendance, ...facts.chairs, ...facts.guests]) mark(fct?.sources);
  if (adoptedRef) {
    const doc = docs.find((d) => d.index === adoptedRef.source);
    const s = doc?.sentences[adoptedRef.sentence];
    if (doc && s && !exclude.has(`${doc.index}:${s.index}`) && s.kind !== 'heading') {
      openingParas.push(paragraphOf(doc, [s]));
      exclude.add(`${doc.index}:${s.index}`);
    }
  }
  sections.push({ heading: null, paragraphs: openingParas });
  // Closing: the sources' own call to action (with the sentence before it in the same paragraph).
  let closing: DraftParagraph | null = null;
  let closingAt = Infinity;
  let closingDoc = -1;
  for (const doc of docs) {
    const s = [...doc.sentences].reverse().find(isCallToAction);
    if (!s) continue;
    const para = doc.sentences.filter((x) => x.paragraph === s.paragraph && x.index <= s.index);
    closing = paragraphOf(doc, para);
    closingAt = para[0]?.index ?? s.index;
    closingDoc = doc.index;
    para.forEach((x) => exclude.add(`${doc.index}:${x.index}`));
    break;
  }
  const structured = docs.map((d) => structuredSections(d, d.index === closingDoc ? closingAt : Infinity)).find((x) => x && x.length >= 2);
  if (structured) sections.push(...structured);
  else {
    const ranked = rankSentences(docs, exclude, 14);
    const groups: Group[] = ['results', 'limits', 'tasks'];
    let n = 0;
    for (const g of groups) {
      const items = ranked.filter((r) => r.group === g).sort((a, b) => a.doc.index - b.doc.index || a.sentence.index - b.sentence.index);
      if (!items.length) continue;
      sections.push({ heading: `${ROMAN[n++]}. ${GROUP_HEADINGS[g]}`, paragraphs: items.map((r) => paragraphOf(r.doc, [r.sentence])) });
    }
  }
  sections.push({ heading: null, paragraphs: [closing ?? { text: closingDefault, origin: 'template', sources: [] }] });
  return { docType: DOC_TYPE, subject, sections };
}

