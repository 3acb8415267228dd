// Provinces and centrally-run cities, before and after the 2025 reorganisation: a bare name in a
// dateline or headline ("Lào Cai (TTXVN …)", "Hải Phòng: …") names the body's place only if it is one of these.
import { foldAligned } from './fold';

/** Centrally-run cities ("thành phố …"); Huế since 2025. */
const CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'];
const PROVINCES = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước',
  'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn',
  'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi',
  'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Tiền Giang',
  'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

export type ProvinceLevel = 'tinh' | 'thanh pho';
/** Folded name (also with the old spelling "Hoà") → display name and level. */
const BY_KEY = new Map<string, { name: string; level: ProvinceLevel }>();
for (const name of CITIES) BY_KEY.set(foldAligned(name), { name, level: 'thanh pho' });
for (const name of PROVINCES) BY_KEY.set(foldAligned(name), { name, level: 'tinh' });

/** The province or city a name denotes ("THANH HÓA", "Thanh Hoá", "TP.HCM" excluded), or null. */
export function provinceOf(name: string): { name: string; level: ProvinceLevel } | null {
  const key = foldAligned(name.normalize('NFC')).replace(/\s+/g, ' ').replace(/\s*-\s*/g, ' - ').trim();
  return BY_KEY.get(key) ?? null;
}

/** Every province/city name written in a text, in order (longest names first where they overlap). */
export function provinceMentions(text: string): { name: string; level: ProvinceLevel; start: number }[] {
  const f = foldAligned(text);
  const out: { name: string; level: ProvinceLevel; start: number }[] = [];
  for (const m of f.matchAll(PROVINCE_RE)) {
    const hit = BY_KEY.get(m[1] as string);
    if (hit && !out.some((o) => m.index >= o.start && m.index < o.start + o.name.length)) out.push({ ...hit, start: m.index });
  }
  return out.sort((a, b) => a.start - b.start);
}

const PROVINCE_RE = new RegExp(String.raw`(?<![a-z])(${[...BY_KEY.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[-]/g, '\\-')).join('|')})(?![a-z])`, 'g');
