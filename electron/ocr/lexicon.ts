// Repairs of the fixed phrases of an official header that OCR misreads on bold capitals and under
// seals ("BẠN TUYẾN GIÁO" → "BAN TUYÊN GIÁO"). Only multi-word phrases are repaired, and only when
// every word matches once diacritics are folded (one letter may differ in words of 4+ letters),
// so a real name is never rewritten into another. The parser then sees the words it knows.
import { foldVietnamese } from '../../shared/text/normalize';

const PHRASES = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BAN TUYÊN GIÁO VÀ DÂN VẬN',
  'BAN TUYÊN GIÁO',
  'BAN DÂN VẬN',
  'BAN TỔ CHỨC',
  'ỦY BAN KIỂM TRA',
  'ỦY BAN NHÂN DÂN',
  'BAN THƯỜNG VỤ',
  'BAN CHẤP HÀNH',
  'TỈNH ỦY',
  'THÀNH ỦY',
  'QUẬN ỦY',
  'HUYỆN ỦY',
  'THỊ ỦY',
  'ĐẢNG ỦY',
  'PHÓ TRƯỞNG BAN',
  'TRƯỞNG BAN',
  'PHÓ CHỦ TỊCH',
  'CHỦ TỊCH',
  'PHÓ GIÁM ĐỐC',
  'GIÁM ĐỐC',
  'PHÓ BÍ THƯ',
  'BÍ THƯ',
  'Kính gửi',
  'Nơi nhận',
].map((p) => p.split(' '));

const fold = (w: string) => foldVietnamese(w).replace(/[^a-z0-9-]/g, '');

function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  // One substitution, insertion or deletion.
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** Capitals stay capitals: "Ban Tuyên giáo" in a sentence is never turned into the header's "BAN TUYÊN GIÁO". */
const sameCase = (a: string, b: string) => (a === a.toUpperCase()) === (b === b.toUpperCase());

/** One OCR line with the known header phrases restored. */
export function repairLine(line: string): string {
  const words = line.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const hit = PHRASES.find((p) => i + p.length <= words.length && p.every((pw, k) => near(fold(words[i + k]!), fold(pw)) && sameCase(words[i + k]!, pw)) && fold(words[i]!) === fold(p[0]!));
    if (hit) {
      // Keep punctuation the OCR put after the last word ("Kính gửi:").
      const tail = words[i + hit.length - 1]!.match(/[:;,.]+$/)?.[0] ?? '';
      out.push(...hit.slice(0, -1), hit[hit.length - 1]! + (hit[hit.length - 1]!.endsWith(tail) ? '' : tail));
      i += hit.length;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  let s = out.join(' ');
  // "V/v" (về việc) read as "Vv", "V/V", "V v", "V1v", or as one letter "Wv" (the slash joining the V's).
  s = s.replace(/^(?:V\s*[/|lI1A\\]?\s*[vVy]|W\s*[/|]?\s*[vy])(?=\s)/u, 'V/v');
  // "SỞ" (a department) read as "SỐ": in a header line of capitals "SỐ" is never the number label ("Số:" + digits).
  s = s.replace(/^S[ỐỔÔ](?= \p{Lu}{2,}(?: |$))/u, 'SỞ');
  // "Số:" read with a stray mark between the label and the number.
  s = s.replace(/^S[ốôo6]\s*[:;.]?\s*(?=\d)/u, (m) => (m.includes(':') || m.includes(';') ? 'Số: ' : 'Số '));
  // The words of a written date, misread in italics: "ngay 03 thúng 12 năm 2024" → "ngày 03 tháng 12 năm 2024".
  s = s.replace(/\b(\p{L}{3,5}) (\d{1,2}) (\p{L}{4,6}) (\d{1,2}) (\p{L}{3,4}) (\d{4})\b/u, (m, a: string, d: string, b: string, mo: string, c: string, y: string) =>
    near(fold(a), 'ngay') && near(fold(b), 'thang') && near(fold(c), 'nam') ? `ngày ${d} tháng ${mo} năm ${y}` : m,
  );
  // A State number whose thin slash was lost: "Số: 2345UBND-VX" → "Số: 2345/UBND-VX".
  s = s.replace(/^(Số:? ?\d+)(?=[A-ZĐ]{2,}[-/])/u, '$1/');
  return s;
}
