import { describe, expect, it } from 'vitest';
import { parseDocNumber, parseNumberLine } from '../../../shared/numbering/parse';
import { parseCitation } from '../../../shared/parse';
import { findDates, parsePlaceDate, parseVietnameseDate } from '../../../shared/text/parseDates';
import { modernTone } from '../../../shared/text/tone';

describe('numbers', () => {
  it.each([
    ['Số 65-CV/BTGQU', '65-CV/BTGQU', 65, 'CV', 'BTGQU'],
    ['Số 369 - CV/BTGTU', '369-CV/BTGTU', 369, 'CV', 'BTGTU'],
    ['Số: 65-CV/BTGQU', '65-CV/BTGQU', 65, 'CV', 'BTGQU'],
    ['Số 01-CTr/ĐU', '01-CTr/ĐU', 1, 'CTr', 'ĐU'],
    ['Số 05-TB/BCĐTW', '05-TB/BCĐTW', 5, 'TB', 'BCĐTW'],
    ['Số: 454/UBND-NCTH', '454/UBND-NCTH', 454, null, 'UBND-NCTH'],
    ['Số: 123/QĐ-UBND', '123/QĐ-UBND', 123, 'QĐ', 'UBND'],
  ])('%s', (line, number, serial, typeCode, issuerCode) => {
    expect(parseNumberLine(line)).toMatchObject({ number, serial, typeCode, issuerCode });
  });

  it('reads state symbols with a year and re-forms mis-cited Party symbols', () => {
    expect(parseDocNumber('30/2020/NĐ-CP')).toMatchObject({ number: '30/2020/NĐ-CP', serial: 30, typeCode: 'NĐ', issuerCode: 'CP', style: 'state' });
    expect(parseDocNumber('Kế hoạch số 24/KH-BTGTU')).toMatchObject({ number: '24-KH/BTGTU', typeCode: 'KH', issuerCode: 'BTGTU', style: 'party', normalisedFromState: true });
    expect(parseDocNumber('192/212 đại biểu')).toBeNull();
    expect(parseNumberLine('Số lượng 12 người')).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['ngày 03 tháng 4 năm 2018', '2018-04-03'],
    ['ngày  21  tháng 02 năm 2020', '2020-02-21'],
    ['ngày 6 tháng 4 năm 2011', '2011-04-06'],
    ['12/7/2023', '2023-07-12'],
    ['12-7-2023', '2023-07-12'],
    ['NGÀY 5 THÁNG 9 NĂM 2024', '2024-09-05'],
  ])('%s', (s, iso) => expect(parseVietnameseDate(s)).toBe(iso));

  it('skips impossible dates and keeps order', () => {
    expect(findDates('31/2/2020 rồi ngày 10/7/2023').map((d) => d.iso)).toEqual(['2023-07-10']);
  });

  it('finds the place in a flattened header line', () => {
    expect(parsePlaceDate('QUẬN ỦY QUẬN 1 ĐẢNG CỘNG SẢN VIỆT NAM BAN TUYÊN GIÁO Quận 1, ngày 12 tháng 7 năm 2023')).toMatchObject({ place: 'Quận 1', date: '2023-07-12' });
    expect(parsePlaceDate('Thành phố Hồ Chí Minh, ngày 10 tháng 7 năm 2023')?.place).toBe('Thành phố Hồ Chí Minh');
    expect(parsePlaceDate('TP. Hồ Chí Minh, ngày 6 tháng 4 năm 2011')?.place).toBe('TP. Hồ Chí Minh');
  });
});

describe('parseCitation', () => {
  it('reads what a clerk pastes', () => {
    expect(parseCitation('Công văn số 3080-CV/BTGTU ngày 10/7/2023 của Ban Tuyên giáo Thành ủy')).toMatchObject({
      number: '3080-CV/BTGTU', date: '2023-07-10', issuer: 'Ban Tuyên giáo Thành ủy', subject: null, docType: 'Công văn', serial: 3080, typeCode: 'CV', issuerCode: 'BTGTU',
    });
    expect(parseCitation('Hướng dẫn số 17-HD/BTGTU, ngày 27/5/2021 của Ban Tuyên giáo Thành ủy về tuyên truyền các ngày lễ lớn;')).toMatchObject({
      number: '17-HD/BTGTU', date: '2021-05-27', subject: 'tuyên truyền các ngày lễ lớn', docType: 'Hướng dẫn',
    });
    expect(parseCitation('3080-CV/BTGTU ngày 10 tháng 7 năm 2023 của Ban Tuyên giáo Thành ủy về gửi tài liệu')).toMatchObject({ number: '3080-CV/BTGTU', subject: 'gửi tài liệu' });
    expect(parseCitation('không có số hiệu nào')).toBeNull();
  });
});

describe('tone marks', () => {
  it('moves old-style marks without touching other words', () => {
    expect(['HOÀ', 'UỶ', 'khoá', 'quý', 'hoàng'].map(modernTone)).toEqual(['HÒA', 'ỦY', 'khóa', 'quý', 'hoàng']);
  });
});
