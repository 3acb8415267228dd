// Place words of a header line in capitals, repaired from closed lists: OCR drops or swaps tone
// marks on bold capitals ("ĐẢNG BỘ TÍNH GIA LAI", "ỦY BAN NHÂN DÂN TÍNH PHÚ THỌ", "TỈNH CAO BĂNG"),
// and the issuer is compared with the register exactly. Only the level word TỈNH after the name of
// a body, and a province's name right after its level word (or TỈNH ỦY), change; "HÀ TĨNH" stays.
import { fold } from '../../shared/parse/lines';
import { provinceOf } from '../../shared/report/places';

/** Words a body's name ends with before its level word ("… NHÂN DÂN TỈNH", "ĐẢNG BỘ TỈNH", "CÔNG AN TỈNH"). */
const BODY_END = new Set(['ubnd', 'dan', 'bo', 'uy', 'an', 'su', 'phong', 'doan', 'doi']);

export function repairHeaderPlaces(line: string): string {
  // Capitals only: a sentence ("tính toán", "tình hình") is never touched.
  if (!/\p{Lu}{2}/u.test(line) || /\p{Ll}/u.test(line)) return line;
  const words = line.split(' ');
  /** The province named by the 1–4 words from `at` (longest first): its length and name, or null. */
  const provinceAt = (at: number): { n: number; name: string } | null => {
    for (let n = Math.min(4, words.length - at); n >= 1; n--) {
      const hit = provinceOf(words.slice(at, at + n).join(' ').replace(/[,.;:]+$/u, ''));
      if (hit) return { n, name: hit.name };
    }
    return null;
  };
  for (let i = 0; i < words.length; i++) {
    const core = words[i]!.replace(/[,.;:]+$/u, '');
    if (fold(core) !== 'tinh' || core === 'TỈNH') continue;
    // After a body's name ("… NHÂN DÂN TÍNH"), or before a province (a State header's second line "TÍNH PHÚ THỌ").
    if ((i > 0 && BODY_END.has(fold(words[i - 1]!))) || provinceAt(i + 1)) words[i] = words[i]!.replace(core, 'TỈNH');
  }
  for (let i = 0; i < words.length; i++) {
    // The level word: TỈNH, THÀNH PHỐ, or the committee named after its province (TỈNH ỦY, THÀNH ỦY).
    const level = words[i] === 'TỈNH' || (words[i] === 'PHỐ' && words[i - 1] === 'THÀNH') || (words[i] === 'ỦY' && (words[i - 1] === 'TỈNH' || words[i - 1] === 'THÀNH'));
    if (!level) continue;
    const hit = provinceAt(i + 1);
    if (!hit) continue;
    const tail = words[i + hit.n]!.match(/[,.;:]+$/u)?.[0] ?? '';
    words.splice(i + 1, hit.n, ...(hit.name.toUpperCase() + tail).split(' '));
  }
  return words.join(' ');
}
