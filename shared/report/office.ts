// The office's own places, read from its profile's header lines ("TỈNH ỦY GIA LAI", "ĐẢNG ỦY XÃ TIÊN YÊN"):
// the last fallback for a body an article names only by its level ("Ban Chấp hành Đảng bộ tỉnh").
import { foldAligned } from './fold';
import { provinceOf } from './places';

const LEVELS: [RegExp, string][] = [
  [/^tinh uy\s+(.+)$/, 'tỉnh'],
  [/^thanh uy\s+(.+)$/, 'thành phố'],
  [/^quan uy\s+(.+)$/, 'quận'],
  [/^huyen uy\s+(.+)$/, 'huyện'],
  [/^thi uy\s+(.+)$/, 'thị xã'],
  [/^dang (?:uy|bo)\s+(xa|phuong|dac khu|tinh|thanh pho)\s+(.+)$/, ''],
];
const LEVEL_WORD: Record<string, string> = { xa: 'xã', phuong: 'phường', 'dac khu': 'đặc khu', tinh: 'tỉnh', 'thanh pho': 'thành phố' };

const titleCase = (s: string) => s.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));

/** "TỈNH ỦY GIA LAI" → "tỉnh Gia Lai", "QUẬN ỦY QUẬN 1" → "Quận 1", "ĐẢNG ỦY XÃ TIÊN YÊN" → "xã Tiên Yên". */
export function officePlaces(profile: { parentBody?: string; issuer?: string; shortName?: string }): string[] {
  const out: string[] = [];
  for (const line of [profile.parentBody, profile.issuer, profile.shortName]) {
    if (!line) continue;
    const raw = line.normalize('NFC').replace(/\s+/g, ' ').trim();
    const f = foldAligned(raw);
    for (const [re, level] of LEVELS) {
      const m = re.exec(f);
      if (!m) continue;
      const word = level || (LEVEL_WORD[m[1] as string] as string);
      const nameRaw = raw.slice(raw.length - (m[m.length - 1] as string).length);
      const province = word === 'tỉnh' || word === 'thành phố' ? provinceOf(nameRaw) : null;
      const name = province ? province.name : titleCase(nameRaw);
      // "QUẬN ỦY QUẬN 1": the name already says its level.
      const place = foldAligned(name).startsWith(foldAligned(word) + ' ') ? name : name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : `${word} ${name}`;
      if (!out.includes(place)) out.push(place);
      break;
    }
  }
  return out;
}
