// Defect 4: "today" was UTC (`toISOString().slice(0, 10)`) or the computer's zone. At 06:30 in Vietnam
// (23:30 UTC the day before) the arrival date, the letter date and the number series must be Vietnam's.
// The computer's zone is forced to UTC here so the old code (UTC or local) fails whatever machine runs this.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { officeProfileInputSchema, SAMPLE_PROFILES, type OfficeProfileInput } from '../../shared/domain/profile';
import { issueInputSchema } from '../../shared/domain/outgoing';
import { addDays, localYear, todayIn } from '../../shared/text/today';
import { tempDir } from '../helpers/tmp';

const EARLY_MORNING = '2026-03-05T23:30:00Z'; // 06:30 on 06/03/2026 in Hồ Chí Minh City
const NEW_YEAR_MORNING = '2026-12-31T18:00:00Z'; // 01:00 on 01/01/2027

const quan1 = (): OfficeProfileInput => {
  const { key: _k, label: _l, ...p } = SAMPLE_PROFILES[0]!;
  return p;
};

function open(now: string, profile: OfficeProfileInput = quan1()) {
  const dir = tempDir();
  const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'today.sqlite'), clock: () => new Date(now) });
  ctx.services.profile.save(officeProfileInputSchema.parse(profile));
  return ctx;
}

let savedTz: string | undefined;
beforeEach(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'UTC';
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('todayIn', () => {
  it('gives the calendar date in the office time zone, not UTC', () => {
    expect(todayIn(new Date(EARLY_MORNING))).toBe('2026-03-06');
    expect(todayIn(new Date('2026-03-05T16:59:59Z'))).toBe('2026-03-05');
    expect(todayIn(new Date('2026-03-05T17:00:00Z'))).toBe('2026-03-06');
    expect(todayIn(new Date(EARLY_MORNING), 'UTC')).toBe('2026-03-05');
    expect(todayIn(new Date('2026-03-06T03:00:00Z'), 'America/New_York')).toBe('2026-03-05');
    expect(localYear(new Date(NEW_YEAR_MORNING))).toBe(2027);
  });

  it('adds calendar days across months, leap days and years', () => {
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
  });
});

describe('services use the office date', () => {
  it('incoming: a record created without an arrival date arrives today in Vietnam', () => {
    const ctx = open(EARLY_MORNING);
    const r = ctx.services.incoming.create({ issuer: 'Ban Tuyên giáo Thành ủy', number: '12-CV/BTGTU', subject: 'V/v thử' });
    expect(r.arrivalDate).toBe('2026-03-06');
    ctx.close();
    const ny = open(NEW_YEAR_MORNING);
    const first = ny.services.incoming.create({ number: '1-CV/X', subject: 'Năm mới' });
    expect([first.arrivalDate, first.arrivalYear, first.arrivalNumber]).toEqual(['2027-01-01', 2027, 1]);
    ny.close();
  });

  it('outgoing: peekNumber and issue without a date use the Vietnamese date', async () => {
    const ctx = open(EARLY_MORNING);
    const p = ctx.services.outgoing.peekNumber({ typeCode: 'CV', secret: false });
    expect(p.symbol).toBe('01-CV/BTGQU');
    const doc = await ctx.services.outgoing.issue(issueInputSchema.parse({ typeCode: 'CV', subject: 'Trích yếu' }));
    expect(doc.date).toBe('2026-03-06');
    ctx.close();
  });

  it('State policy: the year series changes at midnight in Vietnam, not at 07:00', async () => {
    const ctx = open(NEW_YEAR_MORNING, { ...quan1(), issuerCode: 'UBND', numberingPolicy: 'state' });
    const p = ctx.services.outgoing.peekNumber({ typeCode: 'CV', secret: false });
    expect(p.period).toBe('year:2027');
    const doc = await ctx.services.outgoing.issue(issueInputSchema.parse({ typeCode: 'CV', subject: 'Trích yếu' }));
    expect([doc.date, doc.symbol]).toEqual(['2027-01-01', '01/UBND']);
    expect(ctx.services.outgoing.counters.list().map((c) => c.period)).toEqual(['year:2027']);
    ctx.close();
  });

  it('profile: the version in force is chosen by the office date', () => {
    const ctx = open(EARLY_MORNING);
    const later = officeProfileInputSchema.parse({ ...quan1(), shortName: 'Hồ sơ từ 06/03', validFrom: '2026-03-06' });
    ctx.services.profile.save(officeProfileInputSchema.parse({ ...quan1(), validTo: '2026-03-05' }));
    ctx.services.profile.save(later);
    expect(ctx.services.profile.get()?.shortName).toBe('Hồ sơ từ 06/03');
    ctx.close();
  });
});
