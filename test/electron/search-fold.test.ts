import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../../electron/incoming/searchFold';
import { foldVietnamese } from '../../shared/text/normalize';

// Reference: foldVietnamese one UTF-16 unit at a time, keeping units it cannot fold to one unit.
const reference = (s: string) =>
  Array.from({ length: s.length }, (_, i) => {
    const c = s[i]!;
    if (c.charCodeAt(0) >= 0x2000) return c;
    const f = foldVietnamese(c);
    return f.length === 1 ? f : c;
  }).join('');

describe('foldKeepingOffsets', () => {
  it.each([
    ['Đảng ủy phường Bến Nghé', 'dang uy phuong ben nghe'],
    ['«Thông báo nhanh» số 12', '«thong bao nhanh» so 12'],
    ['“Nghị quyết” — Ban Tuyên giáo', '“nghi quyet” — ban tuyen giao'],
    ['Ⅻ', 'Ⅻ'],
  ])('folds %s keeping one unit per unit', (input, expected) => {
    const out = foldKeepingOffsets(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('agrees with the per-unit reference where a wide character comes first, in the middle, last, or as a surrogate pair', () => {
    for (const s of ['—Đảng', 'Ủy ban — Hà Nội', 'Việt Nam 中国', 'Học tập 😀 ĐẢNG', 'ĐƯỜNG', '', 'ascii only', 'Ωμέγα Кириллица']) {
      expect(foldKeepingOffsets(s)).toBe(reference(s));
    }
  });
});
