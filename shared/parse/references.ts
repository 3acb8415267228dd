// Documents cited in the body ("Thực hiện Công văn số 3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của
// Ban Tuyên giáo Thành ủy về …") and the citation line a clerk pastes.
import { parseDocNumber } from '../numbering/parse';
import { parseLeadingDate } from '../text/parseDates';
import type { Reference } from './types';

const TYPE_NAMES =
  'Công văn|Hướng dẫn|Kế hoạch|Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Thông báo|Thông tri|Báo cáo|Chương trình hành động|Chương trình|Đề án|Tờ trình|Nghị định|Thông tư liên tịch|Thông tư|Luật|Văn bản|Công điện|Quy chế|Giấy mời|Điện|Thư';
// Candidates are found from the numbers (cheap), then the words just before them are checked.
const NUMBER_START = /(?<![\d/.,])\d{1,5}\s*[-–/]/g;
const CITE_BEFORE = new RegExp(`(?:(${TYPE_NAMES})\\s+(?:số\\s*:?\\s*)?|(?:^|[^\\p{L}])số\\s*:?\\s*)$`, 'iu');

// A subject ends at ";", a sentence-ending ".", a line break, a following citation, or a comma
// that opens the main clause ("…, Ban Tuyên giáo Quận ủy gửi …").
const CLAUSE_AFTER_COMMA = /^,\s+(Ban|Văn phòng|Đảng ủy|Đảng uỷ|Thường trực|Ủy ban|Uỷ ban|UBND|đề nghị|yêu cầu|Sở|Phòng|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Chi bộ|Hội đồng|Trung tâm|Bộ|các đơn vị|Mặt trận|nay|đồng thời)(?=[\s,]|$)/u;
const NEXT_CITE = new RegExp(`^\\s+(?:và|,)\\s+(?:${TYPE_NAMES})\\s+(?:số\\s*)?\\d`, 'iu');

type Ending = 'stop' | 'clause' | 'cap';

function readUntilEnd(s: string): { text: string; ending: Ending } {
  let depth = 0;
  for (let i = 0; i < s.length && i < 400; i++) {
    const c = s[i]!;
    if (c === '“' || c === '(' || c === '«') depth++;
    else if ((c === '”' || c === ')' || c === '»') && depth > 0) depth--;
    else if (c === '"') depth = depth ? depth - 1 : 1;
    if (depth > 0) continue;
    if (c === '\n' || c === ';') return { text: s.slice(0, i), ending: 'stop' };
    if (c === '.' && (i + 1 >= s.length || /\s/.test(s[i + 1]!)) && !/\b(TP|Tp|v\.v)$/u.test(s.slice(0, i))) return { text: s.slice(0, i), ending: 'stop' };
    if (c === ',' && CLAUSE_AFTER_COMMA.test(s.slice(i))) return { text: s.slice(0, i), ending: 'clause' };
    if ((c === ' ' || c === ',') && NEXT_CITE.test(s.slice(i))) return { text: s.slice(0, i), ending: 'clause' };
  }
  return s.length <= 400 ? { text: s, ending: 'stop' } : { text: s.slice(0, 400), ending: 'cap' };
}

// Footnote marks (superscript digits, "[2]") glued to the end of a word are not part of the text.
export const dropFootnoteMarks = (s: string) => s.replace(/(?<=\p{L}|[”")])(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])/gu, '');
const clean = (s: string) => dropFootnoteMarks(s).replace(/\s+/g, ' ').replace(/^[\s,:]+|[\s,;:.]+$/g, '').trim();

export type FoundReference = Reference & {
  docType: string | null;
  index: number;
  typeCode: string | null;
  serial: number | null;
  issuerCode: string | null;
  /** How sure the subject's end is: 1 at ";", "." or a line end, lower when cut at a comma or a length cap. */
  certainty: number;
};

/** Every citation in the text, in order, deduplicated by number. */
export function findReferences(text: string): FoundReference[] {
  const s = text.normalize('NFC').replace(/[\u00A0\t]/g, ' ');
  const out: FoundReference[] = [];
  let consumedTo = 0; // a number inside the previous citation's subject belongs to that subject
  for (const c of s.matchAll(NUMBER_START)) {
    const at = c.index;
    if (at < consumedTo) continue;
    const before = s.slice(Math.max(0, at - 48), at);
    const m = CITE_BEFORE.exec(before);
    if (!m) continue;
    const citeIndex = at - before.length + m.index;
    const num = parseDocNumber(s.slice(at, at + 60));
    if (!num || num.index !== 0) continue;
    let rest = s.slice(at + num.length);
    let date: string | null = null;
    const lead = rest.replace(/^[\s,]*(ban hành\s+)?/iu, '');
    const d = parseLeadingDate(lead);
    if (d) {
      date = d.iso;
      rest = lead.slice(d.index + d.length);
    }
    let issuer: string | null = null;
    const of = /^[\s,]*của\s+/iu.exec(rest);
    if (of) {
      rest = rest.slice(of[0].length);
      const stop = /\s+(về|v\/v|về việc|ban hành|quy định|hướng dẫn)\s|[;,.(\n“"]|\s+(đã|đề nghị|yêu cầu|gửi)\s/iu.exec(rest);
      issuer = clean(stop ? rest.slice(0, stop.index) : rest.slice(0, 120)) || null;
      rest = stop ? rest.slice(stop.index) : '';
    }
    let subject: string | null = null;
    let certainty = 1;
    const about = /^[\s,]*(["“]?)(về việc|về|v\/v)\s+/iu.exec(rest);
    if (about) {
      const after = rest.slice(about[0].length);
      // A subject quoted from the cited document ("… của Ban Tuyên giáo Trung ương “về việc …”") ends at its closing quote.
      const close = about[1] ? after.search(/["”]/u) : -1;
      const { text: raw, ending } = close >= 0 ? { text: after.slice(0, close), ending: 'stop' as const } : readUntilEnd(after);
      subject = clean(raw) || null;
      certainty = ending === 'stop' ? 1 : ending === 'clause' ? 0.65 : 0.35;
      consumedTo = s.length - rest.length + about[0].length + raw.length;
    }
    if (out.some((o) => o.number === num.number)) continue;
    out.push({ number: num.number, date, issuer, subject, docType: m[1] ? m[1][0]!.toUpperCase() + m[1].slice(1).toLowerCase() : null, index: citeIndex, typeCode: num.typeCode, serial: num.serial, issuerCode: num.issuerCode, certainty });
  }
  return out;
}

export type Citation = Reference & { docType: string | null; serial: number | null; typeCode: string | null; issuerCode: string | null };

/** What a clerk pastes: "Công văn số 3080-CV/BTGTU ngày 10/7/2023 của Ban Tuyên giáo Thành ủy [về …]". */
export function parseCitation(line: string): Citation | null {
  const s = line.replace(/\s+/g, ' ').trim();
  const direct = parseDocNumber(s);
  const found = findReferences(s)[0] ?? (direct ? findReferences(`số ${s.slice(direct.index)}`)[0] : undefined);
  if (!found) return null;
  const { index: _i, certainty: _c, ...ref } = found;
  return ref;
}
