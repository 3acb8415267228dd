// The header block: cấp trên, cơ quan ban hành, số và ký hiệu, địa danh và ngày, tên loại,
// trích yếu, độ mật/độ khẩn. Works on pieces (see segments.ts), so column order does not matter.
import { DOC_TYPES, docTypeName } from '../numbering/types';
import { parseNumberLine, type ParsedNumber } from '../numbering/parse';
import { parsePlaceDate, type PlaceDate } from '../text/parseDates';
import { afterLabel, fold, isNationalLine, isSeparatorLine, isUpperLine, looksLikeBody, phraseKey, readMarks } from './lines';
import { dropFootnoteMarks } from './references';
import { segmentHeaderLine, splitOrganisation } from './segments';
import type { IncomingMetadata } from './types';

export type HeaderResult = {
  number: ParsedNumber | null;
  placeDate: PlaceDate | null;
  parentBody: string | null;
  issuer: string | null;
  orgUnits: number;
  title: string | null;
  subject: string | null;
  subjectHadPrefix: boolean;
  subjectClosed: boolean;
  /** An upper-case line then mixed case under a title ("CỦA BỘ CHÍNH TRỊ" / "về …"): where the trích yếu starts is unsure. */
  subjectCaseMix: boolean;
  style: 'party' | 'state' | null;
  secrecy: IncomingMetadata['secrecy'];
  urgency: IncomingMetadata['urgency'];
  /** Index (into the lines) of the first line after the header. */
  end: number;
};

const TITLE_KEYS = new Map<string, string>();
for (const t of DOC_TYPES) TITLE_KEYS.set(phraseKey(t.name), t.name);
TITLE_KEYS.set('thong bao nhanh', 'Thông báo');
TITLE_KEYS.set('chuong trinh hanh dong', 'Chương trình hành động');
TITLE_KEYS.set('giay moi', 'Giấy mời');

/** "THÔNG BÁO NHANH" → "Thông báo"; null unless the whole upper-case line is a type name. */
export function titleDocType(piece: string): string | null {
  if (!isUpperLine(piece)) return null;
  return TITLE_KEYS.get(phraseKey(piece)) ?? null;
}

const SUBJECT_PREFIX = /^["“]?(v\/v|ve viec)\s*:?\s*/;

export function stripSubjectPrefix(s: string): { text: string; had: boolean; quoted: boolean } {
  const m = SUBJECT_PREFIX.exec(fold(s));
  return m ? { text: s.slice(m[0].length).trim(), had: true, quoted: /^["“]/u.test(s) } : { text: s.trim(), had: false, quoted: false };
}

/** A place-date as the header writes it ("Quận 1, ngày …"), not a date inside a sentence. */
function isHeaderPlaceDate(l: string): boolean {
  const pd = parsePlaceDate(l);
  if (!pd) return false;
  const after = l.slice(pd.index + pd.length).trim();
  return pd.place !== null ? after.length < 40 : /^\*?\s*ng[àa]y/iu.test(l) && after.length < 3;
}

/** Where the header stops: at "Kính gửi", or at the first body paragraph once the header has begun. */
function headerEnd(lines: string[]): number {
  let anchored = false;
  let sawTitle = false;
  for (let i = 0; i < lines.length && i < 80; i++) {
    const l = lines[i]!;
    if (!l) continue;
    if (titleDocType(l)) sawTitle = true;
    // "-----" under a title's trích yếu closes the header.
    if (sawTitle && isSeparatorLine(l) && /[-–—_]/.test(l)) return i + 1;
    if (afterLabel(l, 'kinh gui') !== null) return i;
    // Official headers open with short lines; a sentence before any header element means there is none.
    if (!anchored && looksLikeBody(l) && !isUpperLine(l.split(' ').slice(0, 3).join(' ')) && segmentHeaderLine(l).length === 1) return i;
    if (anchored && looksLikeBody(l) && !isHeaderPlaceDate(l) && !parseNumberLine(l) && !/^(v\/v|ve viec)/.test(fold(l))) return i;
    if (parseNumberLine(l) || isNationalLine(l) || isHeaderPlaceDate(l) || isUpperLine(l) || segmentHeaderLine(l).length > 1) anchored = true;
  }
  return Math.min(lines.length, 80);
}

export function parseHeader(lines: string[]): HeaderResult {
  const end = headerEnd(lines);
  const r: HeaderResult = {
    number: null, placeDate: null, parentBody: null, issuer: null, orgUnits: 0, title: null, subject: null,
    subjectHadPrefix: false, subjectClosed: false, subjectCaseMix: false, style: null, secrecy: null, urgency: null, end,
  };
  const org: string[] = [];
  const subject: string[] = [];
  let orgClosed = false;
  let subjectMode: 'none' | 'cv' | 'title' | 'done' = 'none';
  let subjectQuoted = false;
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    if (!line) {
      if (subjectMode === 'title' && subject.length) subjectMode = 'done';
      continue;
    }
    const queue = segmentHeaderLine(line);
    for (let q = 0; q < queue.length; q++) {
      const piece = queue[q]!;
      const key = phraseKey(piece);
      if (isNationalLine(piece)) {
        r.style ??= key === 'dang cong san viet nam' ? 'party' : 'state';
        continue;
      }
      const marks = readMarks(piece);
      if (marks) {
        r.secrecy ??= marks.secrecy;
        r.urgency ??= marks.urgency;
        continue;
      }
      if (isSeparatorLine(piece)) {
        if (org.length) orgClosed = true;
        if (subjectMode === 'title' && subject.length) {
          subjectMode = 'done';
          r.subjectClosed = true;
        }
        continue;
      }
      const num = !r.number ? parseNumberLine(piece) : null;
      if (num) {
        r.number = num;
        // "Số 399-QĐ/TW TUYỆT MẬT THƯỢNG KHẨN": marks written after the number.
        const rest = piece.slice(num.index + num.length).trim();
        const tail = rest ? readMarks(rest) : null;
        if (tail) {
          r.secrecy ??= tail.secrecy;
          r.urgency ??= tail.urgency;
        } else if (rest) queue.splice(q + 1, 0, rest); // "Số 582-CV/BTG Gửi Đề cương …": the trích yếu follows

        orgClosed = true;
        if (subjectMode === 'none') subjectMode = 'cv';
        continue;
      }
      const pd = parsePlaceDate(piece);
      if (pd && pd.index === 0 && !r.placeDate && (pd.place !== null || /^ng[àa]y/iu.test(piece))) {
        r.placeDate = pd;
        continue;
      }
      const title = !r.title ? titleDocType(piece) : null;
      if (title) {
        r.title = title;
        subject.length = 0;
        r.subjectHadPrefix = false;
        subjectMode = 'title';
        orgClosed = true;
        continue;
      }
      if (!orgClosed && isUpperLine(piece)) {
        org.push(piece);
        continue;
      }
      if (subjectMode === 'cv' || subjectMode === 'title') {
        if (subjectMode === 'cv' && isUpperLine(piece) && !SUBJECT_PREFIX.test(fold(piece))) continue;
        // Under a title the trích yếu ends at an upper-case line after a mixed-case one ("CHỦ TỊCH …").
        if (subjectMode === 'title' && subject.length && isUpperLine(piece) && !isUpperLine(subject.join(' '))) {
          subjectMode = 'done';
          continue;
        }
        if (subject.length >= 6 || (subject.length && looksLikeBody(piece))) continue;
        if (!subject.length) {
          const s = stripSubjectPrefix(piece);
          r.subjectHadPrefix = s.had;
          subjectQuoted = s.quoted;
          if (s.text) subject.push(s.text);
        } else subject.push(piece);
      }
    }
  }
  const o = splitOrganisation(org);
  r.parentBody = o.parentBody;
  r.issuer = o.issuer;
  r.orgUnits = o.units;
  r.subjectCaseMix = subject.length > 1 && isUpperLine(subject[0]!) && subject.some((p) => !isUpperLine(p));
  r.subject = subject.length ? dropFootnoteMarks(subject.join(' ')).replace(/\s+/g, ' ').trim() : null;
  // A trích yếu pasted inside quotes ("“V/v …”") loses the closing one too.
  if (r.subject && subjectQuoted) r.subject = r.subject.replace(/["”]$/u, '').trim();
  return r;
}

export function docTypeFor(h: HeaderResult, hasKinhGui: boolean): { docType: string | null; conf: number } {
  const code = h.number?.typeCode;
  const byCode = code ? docTypeName(code) : null;
  // The title names the type outright; codes are ambiguous (QĐ = Quyết định or Quy định).
  if (byCode && h.title && fold(byCode) !== fold(h.title)) return { docType: h.title, conf: /^Q/.test(code ?? '') ? 0.7 : 0.45 };
  if (byCode) return { docType: byCode, conf: 0.95 };
  if (h.title) return { docType: h.title, conf: 0.85 };
  if (h.number && (hasKinhGui || h.subjectHadPrefix)) return { docType: 'Công văn', conf: h.number.style === 'state' ? 0.8 : 0.6 };
  return { docType: null, conf: h.number ? 0.4 : 0.6 };
}
