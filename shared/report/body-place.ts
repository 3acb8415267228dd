// The name that completes a body written only with its level ("BCH Đảng bộ tỉnh khoá XV"): from the
// text's own evidence (a "Tỉnh ủy Hà Tĩnh" anywhere, a dateline "Lào Cai (TTXVN …)", a headline "Hải Phòng: …",
// a caption), never from a person's name ("Bí thư Tỉnh ủy Hoàng Trung Dũng"); else the office's own place.
import { namedPlaces } from './body';
import { foldAligned } from './fold';
import { findNames } from './people';
import { provinceMentions, provinceOf } from './places';
import type { Sentence } from './types';

export type PlaceFound = { name: string; confidence: number; reason: string; evidence: string };

const LEVEL_DISPLAY: Record<string, string> = { tinh: 'tỉnh', 'thanh pho': 'thành phố', quan: 'quận', huyen: 'huyện', xa: 'xã', phuong: 'phường', 'thi xa': 'thị xã', 'dac khu': 'đặc khu' };

/**
 * The place in "<level> <words>", or null when the words are a person's name after a title
 * ("Bí thư Tỉnh ủy Hoàng Trung Dũng"); "Tỉnh ủy Thanh Hóa Đỗ Trọng Hưng" keeps "Thanh Hóa".
 */
function placeName(level: string, words: string): string | null {
  if (level === 'tinh' || level === 'thanh pho') {
    const parts = words.split(/\s+/);
    for (let n = parts.length; n > 0; n--) {
      const p = provinceOf(parts.slice(0, n).join(' '));
      if (p && p.level === level) return p.name;
    }
    return null;
  }
  const person = findNames(words)[0];
  if (!person) return words;
  return person.start > 0 ? words.slice(0, person.start).trim() : null;
}

/** The place a level-only body stands for, with the line it was read from. */
export function placeForLevel(level: string, sentences: Sentence[], officePlaces: string[] = []): PlaceFound | null {
  const display = LEVEL_DISPLAY[level] ?? level;
  // 1. "<level> X" or "<Cấp> ủy X" written somewhere (captions included).
  const counts = new Map<string, { n: number; first: number; s: Sentence }>();
  sentences.forEach((s, i) => {
    for (const [written, n] of namedPlaces(s.text, level)) {
      const words = written === 'Thành phố Hồ Chí Minh' ? 'Hồ Chí Minh' : written.replace(/^\S+(?:\s+phố|\s+xã|\s+khu)?\s+/u, '');
      const name = placeName(level, words);
      if (!name) continue;
      const full = name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : `${display} ${name}`;
      const c = counts.get(full);
      counts.set(full, c ? { ...c, n: c.n + n } : { n, first: i, s });
    }
  });
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
  if (best) return { name: best[0], confidence: 0.8, reason: `Bài chỉ ghi "${display}"; tên lấy từ "${best[0]}" trong bài.`, evidence: best[1].s.text };
  // 2. A bare province/city name in the headline, dateline or text ("Lào Cai (TTXVN …)", "THANH HÓA -").
  if (level === 'tinh' || level === 'thanh pho') {
    const tally = new Map<string, { n: number; first: number; s: Sentence }>();
    sentences.forEach((s, i) => {
      for (const m of provinceMentions(s.text)) {
        if (m.level !== level) continue;
        const c = tally.get(m.name);
        tally.set(m.name, c ? { ...c, n: c.n + 1 } : { n: 1, first: i, s });
      }
    });
    const top = [...tally.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0];
    if (top) {
      const name = top[0] === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : `${display} ${top[0]}`;
      return { name, confidence: 0.7, reason: `Bài chỉ ghi "${display}"; tên "${top[0]}" lấy từ dòng/câu nêu địa danh.`, evidence: top[1].s.text };
    }
  }
  // 3. The office's own place of that level.
  const own = officePlaces.find((p) => foldAligned(p).startsWith(`${level} `) || (level === 'thanh pho' && /^thanh pho /.test(foldAligned(p))));
  if (own) return { name: own, confidence: 0.5, reason: `Bài không nêu tên ${display}; lấy theo hồ sơ cơ quan (${own}), cần kiểm tra.`, evidence: `Hồ sơ cơ quan: ${own}` };
  return null;
}
