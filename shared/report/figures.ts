// Numbers a reader looks for: attendance ("192/212 đại biểu", "56/58 đồng chí là Ủy viên …"),
// key figures (percentages, amounts, counts) and the items discussed or adopted.
import { findDates } from './date-mentions';
import { foldAligned, tokens } from './fold';
import type { Sentence } from './types';

export type AttendanceFound = {
  present: number | null;
  total: number | null;
  members: { present: number | null; total: number | null };
  sentence: Sentence;
};

const toInt = (s: string) => Number(s.replace(/\./g, ''));

export function findAttendance(sentences: Sentence[]): AttendanceFound | null {
  let found: AttendanceFound | null = null;
  for (const s of sentences) {
    const f = foldAligned(s.text);
    if (!/(?:tham du|du hoi nghi|du dai hoi|du ky hop|co mat|dai bieu|uy vien ban chap hanh)/.test(f)) continue;
    if (/(?:nghi quyet|chi tieu)\s*$/.test(f.slice(0, 20))) continue;
    const a: AttendanceFound = found ?? { present: null, total: null, members: { present: null, total: null }, sentence: s };
    let hit = false;
    for (const m of f.matchAll(/(\d[\d.]*)\s*\/\s*(\d[\d.]*)\s+(dai bieu|dong chi|uy vien|dang vien)/g)) {
      const tail = f.slice(m.index, m.index + m[0].length + 40);
      const member = m[3] === 'uy vien' || /^[^,;.]*?(?:la\s+)?uy vien/.test(tail.slice(m[0].length - (m[3] as string).length));
      if (member && a.members.present === null) a.members = { present: toInt(m[1] as string), total: toInt(m[2] as string) };
      else if (!member && a.present === null) [a.present, a.total] = [toInt(m[1] as string), toInt(m[2] as string)];
      hit = true;
    }
    // "Dự hội nghị có 120 đại biểu, trong đó có 45/50 đồng chí Ủy viên …": both counts in one sentence.
    if (a.present === null) {
      // "… ; 200 đại biểu chính thức đại diện cho …": the official delegates of a congress, however introduced.
      const m = /(?:co|su tham du cua|gom|voi|cung|tong so)\s+(?:hon\s+|gan\s+|tren\s+)?(\d[\d.]*)\s+(?:dai bieu|dong chi|dang vien)/.exec(f) ?? /(?<![\d.])(\d[\d.]*)\s+dai bieu chinh thuc/.exec(f);
      if (m && /tham du|(?<![a-z])du(?: hoi nghi| dai hoi| ky hop| co)|co mat/.test(f)) {
        a.present = toInt(m[1] as string);
        hit = true;
      }
    }
    if (hit) found = a;
    if (found && found.present !== null && found.members.present !== null) break;
  }
  return found;
}

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const SCALE = String.raw`(?:nghìn tỷ|ngàn tỷ|tỷ|triệu|nghìn|ngàn|vạn)`;
const UNITS = [
  'đồng chí', 'đồng', 'USD', 'đô la', 'lượt hành khách', 'lượt khách', 'lượt', 'doanh nghiệp', 'dự án', 'huy chương vàng', 'huy chương', 'chỉ tiêu',
  'căn nhà ở xã hội', 'căn hộ', 'căn nhà', 'căn', 'hộ', 'người', 'đảng viên', 'tổ chức cơ sở đảng', 'tổ chức đảng', 'chi bộ', 'đảng bộ', 'đại biểu',
  'km', 'ha', 'héc-ta', 'tấn', 'nhóm nhiệm vụ', 'mô hình', 'trang thiết bị', 'học sinh', 'công trình', 'sáng kiến', 'đơn vị', 'cơ sở',
  'xã', 'phường', 'lao động', 'việc làm', 'hồ sơ', 'tin, bài', 'tin bài', 'buổi', 'lớp', 'điểm cầu', 'hội viên', 'đoàn viên', 'nhiệm vụ', 'giải pháp',
  'ngôi nhà', 'nhà', 'suất quà', 'phần quà', 'dân', 'văn bản', 'đường dẫn', 'bài viết', 'tác phẩm', 'cán bộ', 'tập thể', 'cá nhân',
  'trường hợp', 'vụ việc', 'vụ án', 'vụ', 'đối tượng', 'kg', 'nghị quyết', 'báo cáo', 'tờ trình', 'kiến nghị', 'ý kiến', 'tuyến phố', 'trường học', 'thôn', 'ấp', 'khu phố',
];
UNITS.sort((a, b) => b.length - a.length);
const FIGURE = new RegExp(
  String.raw`(?<![\p{L}\d/.,-])(${NUM})(?:\s*(%)|\s*\/\s*(\d+)\s+(${UNITS.join('|')})|\s+(${SCALE})?\s*(${UNITS.join('|')})(?![\p{L}]))`,
  'gu',
);

export type FigureFound = { value: string; sentence: Sentence };

/** Percentages, amounts and counts, with the sentence each comes from (dates and years excluded). */
export function findFigures(sentences: Sentence[]): FigureFound[] {
  const out: FigureFound[] = [];
  for (const s of sentences) {
    if (s.kind === 'heading' || s.kind === 'line') continue;
    const dates = findDates(s.text);
    for (const m of s.text.matchAll(FIGURE)) {
      const start = m.index;
      if (dates.some((d) => start >= d.start && start < d.end)) continue;
      const num = m[1] as string;
      if (!m[2] && !m[3] && /^(?:19|20)\d{2}$/.test(num)) continue;
      // "6 tháng", "lần thứ 3", "khóa XI": never figures; a count below 2 says nothing.
      if (!m[2] && !m[3] && !m[5] && toInt(num.replace(/,\d+$/, '')) < 2) continue;
      const value = m[0].trim().replace(/\s+/g, ' ');
      if (!out.some((o) => o.value === value && o.sentence.index === s.index)) out.push({ value, sentence: s });
    }
  }
  return out;
}

export type ItemFound = { text: string; sentence: Sentence };

const DOCUMENT_AND = /\s+và\s+(?=(?:Nghị quyết|Báo cáo|Chương trình|Kế hoạch|Đề án|Tờ trình|Quy chế|Quy định|Dự thảo|Chỉ thị|Kết luận)(?![\p{L}]))/u;
const SUBJECT = /^(?:[ivx]+\.\s*)?(?:hoi nghi|dai hoi|ky hop|ban chap hanh|ban thuong vu|cac dai bieu|dai bieu|thanh uy|tinh uy|dang uy|hoi nghi cung)/;
const DECIDE = /(?:thao luan|cho y kien|thong qua|xem xet|bieu quyet|quyet dinh|thong nhat)/;

/** The items the conference discussed or adopted, from numbered lists and "đã thông qua …". */
export function findAdopted(sentences: Sentence[]): ItemFound[] {
  const out: ItemFound[] = [];
  const add = (text: string, sentence: Sentence) => {
    const t = text.replace(/^[\s,;:]+|[\s,;:.]+$/g, '').replace(/^(?:và|cùng)\s+/u, '').trim();
    if (t.split(/\s+/).length < 2) return;
    if (out.some((o) => overlaps(o.text, t))) return;
    out.push({ text: t, sentence });
  };
  for (const s of sentences) {
    const f = foldAligned(s.text);
    const subject = SUBJECT.test(f) || /(?:hoi nghi|dai hoi|ky hop|ban chap hanh|dai bieu)[^.;]{0,150}?(?:da|cung da)\s+(?:bieu quyet\s+)?(?:thong qua|thao luan|cho y kien)/.test(f);
    if (!subject || !DECIDE.test(f)) continue;
    if (/\(1\)/.test(s.text)) {
      const parts = s.text.split(/\(\d{1,2}\)/).slice(1);
      for (const p of parts) add(p, s);
      continue;
    }
    // "… thông qua các nội dung: A; B; C" — the colon introduces the list, whatever words precede it.
    const listM = /(?:thao luan|cho y kien|xem xet|thong qua)[^:.;]{0,80}?:/.exec(f);
    if (listM) {
      for (const p of s.text.slice(listM.index + listM[0].length).split(/;/)) add(p, s);
      continue;
    }
    // "đã thông qua …", "đã thảo luận, thông qua …", "thảo luận, cho ý kiến vào …".
    const m = /(?:(?:da|cung da|thong nhat|bieu quyet|nhat tri|hoi nghi|dai hoi)(?:\s+thao luan,?)?\s+thong qua|cho y kien vao(?:\s+cac\s+noi dung)?)\s+/.exec(f);
    if (m) {
      let rest = s.text.slice(m.index + m[0].length);
      if (rest.includes(';')) {
        for (const p of rest.split(';')) add(p, s);
        continue;
      }
      const cut = /,\s+(?:thống nhất|đồng thời|giao|yêu cầu|nhằm|góp phần|với|và|đề ra|khẳng định)(?![\p{L}])/u.exec(rest);
      if (cut) rest = rest.slice(0, cut.index);
      // "Nghị quyết về A và Nghị quyết về B": two documents joined by "và".
      for (const p of rest.split(DOCUMENT_AND)) add(p, s);
    }
  }
  return out;
}

/** Two texts say the same thing: one's tokens are (nearly) all in the other. */
export function overlaps(a: string, b: string, threshold = 0.8): boolean {
  const ta = new Set(tokens(a));
  const tb = new Set(tokens(b));
  if (ta.size === 0 || tb.size === 0) return false;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return common / Math.min(ta.size, tb.size) >= threshold;
}
