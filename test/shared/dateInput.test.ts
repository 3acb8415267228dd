// Defect 12: date boxes read day first whatever the locale. The parser behind DateInput, and the
// Monday-first month grid of its calendar.
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../shared/text/parseDates';
import { monthGrid, shiftMonth } from '../../shared/text/calendar';

describe('parseDateInput', () => {
  it.each([
    ['12/7/2023', '2023-07-12'],
    ['12-7-2023', '2023-07-12'],
    ['12.7.2023', '2023-07-12'],
    ['12072023', '2023-07-12'],
    ['12/7/23', '2023-07-12'],
    ['120723', '2023-07-12'],
    ['07/10/2023', '2023-10-07'], // 7 October, never 10 July
    [' 1 / 2 / 2024 ', '2024-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['31/12/98', '1998-12-31'],
    ['2023-07-12', '2023-07-12'], // pasted ISO
    ['ngày 12 tháng 7 năm 2023', '2023-07-12'],
    ['12 tháng 7 năm 2023', '2023-07-12'],
  ])('%s → %s', (typed, iso) => expect(parseDateInput(typed)).toBe(iso));

  it.each(['', '31/2/2023', '29/02/2023', '12/13/2023', '7/2023', '12/7', '12/7-2023', '1272023', '12/7/202', 'hôm qua', '12/7/2023 và 13/7/2023', 'Số 12/7/2023'])(
    'refuses %j (null, never another date)',
    (typed) => expect(parseDateInput(typed)).toBeNull(),
  );
});

describe('monthGrid', () => {
  it('July 2023 starts on a Saturday: five blanks before the 1st, weeks Monday to Sunday', () => {
    const g = monthGrid(2023, 7);
    expect(g[0]).toEqual([null, null, null, null, null, '2023-07-01', '2023-07-02']);
    expect(g[1]![0]).toBe('2023-07-03'); // a Monday
    expect(g.at(-1)).toEqual(['2023-07-31', null, null, null, null, null, null]);
    expect(g.flat().filter(Boolean)).toHaveLength(31);
  });
  it('a month starting on Monday has no blank; February of a leap year has 29 days', () => {
    expect(monthGrid(2024, 1)[0]![0]).toBe('2024-01-01');
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29);
  });
  it('shifts months across years', () => {
    expect(shiftMonth(2023, 1, -1)).toEqual({ year: 2022, month: 12 });
    expect(shiftMonth(2023, 12, 1)).toEqual({ year: 2024, month: 1 });
  });
});
