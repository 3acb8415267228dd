import { describe, expect, it } from 'vitest';
import { formatDateWords, formatPlaceDate, toIso } from '../../shared/text/dates';
import { cleanText, foldVietnamese, toneInsensitiveEquals } from '../../shared/text/normalize';
import { formatNumberLine, formatSymbol } from '../../shared/numbering/format';

describe('text helpers', () => {
  it('folds Vietnamese for search, including đ', () => {
    expect(foldVietnamese('Đảng ủy')).toBe('dang uy');
    expect(foldVietnamese('Thông báo nhanh'.normalize('NFD'))).toBe('thong bao nhanh');
    expect(toneInsensitiveEquals('QUẬN UỶ', 'Quận ủy')).toBe(true);
    expect(cleanText('a\u0007b\r\nc')).toBe('ab\nc');
  });

  it('writes dates with the zero-padding rule of HD 36', () => {
    expect(formatDateWords('2018-04-03')).toBe('ngày 03 tháng 4 năm 2018');
    expect(formatDateWords('2026-01-09')).toBe('ngày 09 tháng 01 năm 2026');
    expect(formatDateWords('2018-02-20')).toBe('ngày 20 tháng 02 năm 2018');
    expect(formatPlaceDate('Quận 1', '2023-07-12')).toBe('Quận 1, ngày 12 tháng 7 năm 2023');
    expect(toIso(2023, 2, 30)).toBeNull();
  });

  it('formats Party and State numbers', () => {
    expect(formatSymbol('party', 65, 'CV', 'BTGQU')).toBe('65-CV/BTGQU');
    expect(formatSymbol('party', 1, 'BC', 'CB')).toBe('01-BC/CB');
    expect(formatSymbol('state', 454, 'CV', 'UBND-NCTH')).toBe('454/UBND-NCTH');
    expect(formatNumberLine('party', 65, 'CV', 'BTGQU')).toBe('Số 65-CV/BTGQU');
    expect(formatNumberLine('party', null, 'CV', 'BTGQU')).toMatch(/^Số \u00A0+-CV\/BTGQU$/);
  });
});
