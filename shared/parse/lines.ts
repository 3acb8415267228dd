// Line-level helpers for the parser: normalisation, a length-preserving fold for matching
// Vietnamese phrases regardless of tone-mark placement (UỶ/ỦY), and line classifiers.
import { cleanText, foldVietnamese } from '../text/normalize';

/** NFC, unified line endings, NBSP/tabs → space, runs of spaces collapsed, lines trimmed. */
export function toLines(text: string): string[] {
  return cleanText(text)
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim());
}

/** Lower case, no diacritics, đ→d; same length as the input so indexes carry over. */
export function fold(s: string): string {
  const f = foldVietnamese(s);
  if (f.length === s.length) return f;
  let out = '';
  for (const ch of s) out += (foldVietnamese(ch).charAt(0) || ch).padEnd(ch.length, ' ');
  return out;
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

/** Every letter upper case, at least two letters ("BAN TUYÊN GIÁO", "QUẬN ỦY QUẬN 1"). */
export function isUpperLine(s: string): boolean {
  const l = letters(s);
  return l.length >= 2 && l === l.toUpperCase() && l !== l.toLowerCase();
}

export const NATIONAL_PARTY = 'dang cong san viet nam';
export const NATIONAL_STATE = 'cong hoa xa hoi chu nghia viet nam';
export const MOTTO = 'doc lap tu do hanh phuc';

/** Words only, single spaces: for comparing whole phrases. */
export const phraseKey = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

export function isNationalLine(s: string): boolean {
  const k = phraseKey(s);
  return k === NATIONAL_PARTY || k === NATIONAL_STATE || k === MOTTO;
}

/** "*", "-----", "___", "* * *": rules and stars drawn under header parts. */
export function isSeparatorLine(s: string): boolean {
  return s.length > 0 && /^[\s*\-–—_=.·•]+$/u.test(s);
}

export const SECRECY_MARKS = ['TUYỆT MẬT', 'TỐI MẬT', 'MẬT'] as const;
export const URGENCY_MARKS = ['THƯỢNG KHẨN', 'HỎA TỐC', 'KHẨN'] as const;

const PAIRS: Record<string, { kind: 'secrecy' | 'urgency'; mark: string }> = {
  'tuyet mat': { kind: 'secrecy', mark: 'TUYỆT MẬT' },
  'toi mat': { kind: 'secrecy', mark: 'TỐI MẬT' },
  'thuong khan': { kind: 'urgency', mark: 'THƯỢNG KHẨN' },
  'hoa toc': { kind: 'urgency', mark: 'HỎA TỐC' },
};

/** A line that is only a secrecy or urgency mark (possibly both, or "Độ mật: MẬT"). */
export function readMarks(s: string): { secrecy: (typeof SECRECY_MARKS)[number] | null; urgency: (typeof URGENCY_MARKS)[number] | null } | null {
  if (s.length > 40) return null;
  const k = phraseKey(s).replace(/^do (mat|khan) /, '').replace(/ do (mat|khan) /g, ' ');
  const parts = k.split(' ').filter(Boolean);
  let secrecy: (typeof SECRECY_MARKS)[number] | null = null;
  let urgency: (typeof URGENCY_MARKS)[number] | null = null;
  for (let i = 0; i < parts.length; i++) {
    const two = `${parts[i]} ${parts[i + 1] ?? ''}`;
    const pair = PAIRS[two];
    if (pair) {
      if (pair.kind === 'secrecy') secrecy = pair.mark as typeof secrecy;
      else urgency = pair.mark as typeof urgency;
      i++;
    } else if (parts[i] === 'mat') secrecy = 'MẬT';
    else if (parts[i] === 'khan') urgency = 'KHẨN';
    else return null;
  }
  if (!secrecy && !urgency) return null;
  // Only upper-case marks count: "Mật" in running text is a word, not a mark.
  return isUpperLine(s.replace(/^Độ (mật|khẩn)\s*:?/iu, '')) ? { secrecy, urgency } : null;
}

/** Opening words of body paragraphs (after the header). */
const BODY_START = /^(căn cứ|thực hiện|theo|nhằm|để|ngày \d|vừa qua|trong (thời gian|những|năm|tháng)|hướng tới|triển khai|qua |sau khi|từ ngày|thời gian|nhân dịp|chiều|sáng|tối|được sự|ban tuyên giáo|ban thường vụ|thường trực|văn phòng|ủy ban|uỷ ban|đảng ủy|đảng uỷ)/iu;

export function looksLikeBody(s: string): boolean {
  if (BODY_START.test(s) && !isUpperLine(s)) return true;
  if (isUpperLine(s)) return false;
  return (s.length > 110 && /[.;:,]$/.test(s)) || (s.split(' ').length >= 12 && /[.;:]$/.test(s));
}

/** "Kính gửi", in any tone/case form; returns what follows it on the line, or null. */
export function afterLabel(s: string, label: 'kinh gui' | 'noi nhan'): string | null {
  if (!/^[KkNn]/.test(s)) return null; // cheap test first: this runs on every line
  const f = fold(s.slice(0, 12)) + s.slice(12);
  // "Kính gởi" is the southern spelling, common in documents from the South.
  const len = f.startsWith(label) ? label.length : label === 'kinh gui' && f.startsWith('kinh goi') ? 8 : -1;
  if (len < 0) return null;
  const rest = s.slice(len);
  if (rest && !/^[\s:.]/.test(rest)) return null;
  return rest.replace(/^[\s:.]+/, '');
}

/** "- Như trên;" → "Như trên"; trims list dashes, bullets and trailing punctuation. */
export const stripItem = (s: string) => s.replace(/^[-–—+•*●▪◦\uF0B7\uF0A7\uF076\uF0D8]\s*/u, '').replace(/[\s,;.:]+$/u, '').trim();
