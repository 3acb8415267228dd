// Rules and transactions for the office profile: dated versions, terms of the cấp ủy, "start new term".
import type { Db } from '../db/open';
import { record } from '../audit/repo';
import { AppError } from '../../shared/errors';
import { formatDateShort } from '../../shared/text/dates';
import { termProblems, type OfficeProfile, type OfficeProfileData, type StartTermInput } from '../../shared/domain/profile';
import { createProfileRepo } from './repo';
import { addDays, todayIn } from '../../shared/text/today';

export type Clock = () => Date;

/** The office's date at `d`: kept as a name for branches written before shared/text/today.ts; new code calls todayIn. */
export const localDate = (d: Date): string => todayIn(d);

const dayBefore = (iso: string): string => addDays(iso, -1);

export function createProfileService(db: Db, clock: Clock) {
  const repo = createProfileRepo(db);
  const today = () => localDate(clock());

  const insertVersion = (data: OfficeProfileData, action: string): OfficeProfile => {
    if (data.validTo && data.validTo < data.validFrom) {
      throw new AppError('VALIDATION', 'Ngày hết hiệu lực của hồ sơ cơ quan phải sau ngày bắt đầu hiệu lực.');
    }
    const problems = termProblems(data.terms);
    if (problems.length) throw new AppError('VALIDATION', 'Danh sách nhiệm kỳ cấp ủy không hợp lệ.', problems);
    const now = clock().toISOString();
    const id = db.transaction(() => {
      const newId = repo.insert(data, now);
      record(db, { action, entity: 'profile', entityId: newId, detail: { issuerCode: data.issuerCode, validFrom: data.validFrom } }, { at: now });
      return newId;
    })();
    const saved = repo.findById(id);
    if (!saved) throw new AppError('INTERNAL', 'Không đọc lại được hồ sơ cơ quan vừa lưu.');
    return saved;
  };

  return {
    /** The profile valid on `date`; falls back to the newest one so an app never shows no header. */
    get(date?: string): OfficeProfile | null {
      return repo.findValidOn(date ?? today()) ?? repo.findLatest();
    },
    /** Strictly the profile in force on `date` (no fallback): what numbering and rendering of a dated document use. */
    validOn: (date: string): OfficeProfile | null => repo.findValidOn(date),
    /** Every saved version, newest first (old documents re-render with the version valid at their date). */
    history: (): OfficeProfile[] => repo.listVersions(),
    save: (data: OfficeProfileData): OfficeProfile => insertVersion(data, 'save'),
    /**
     * "Start new term": closes the open term the day before `start` and adds the new one, as a new
     * version of the profile in force today. Numbering then restarts from 01 for the new term (Party policy).
     */
    startTerm(input: StartTermInput): OfficeProfile {
      const current = repo.findValidOn(today()) ?? repo.findLatest();
      if (!current) throw new AppError('VALIDATION', 'Chưa có hồ sơ cơ quan. Hãy thiết lập hồ sơ cơ quan trước khi bắt đầu nhiệm kỳ mới.');
      const last = current.terms.at(-1);
      if (last && input.start <= last.start) {
        throw new AppError('VALIDATION', `Nhiệm kỳ mới phải bắt đầu sau ngày bắt đầu của khóa ${last.name} (${last.start}).`);
      }
      if (current.terms.some((t) => t.name === input.name)) throw new AppError('CONFLICT', `Khóa ${input.name} đã có trong hồ sơ cơ quan.`);
      const closed = current.terms.map((t) => (t.end === null || t.end >= input.start ? { ...t, end: dayBefore(input.start) } : t));
      const { id: _id, createdAt: _c, updatedAt: _u, ...data } = current;
      return insertVersion(
        { ...data, terms: [...closed.map((t) => ({ ...t, label: t.label ?? '' })), { name: input.name, start: input.start, end: null, label: input.label }] },
        'start-term',
      );
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;

/** No profile in force on `date`: says which one exists (or that none does) and what to do, for `action`. */
export function noProfileError(profile: Pick<ProfileService, 'get'>, date: string, action: string): AppError {
  const any = profile.get();
  return new AppError(
    'VALIDATION',
    any
      ? `Không có hồ sơ cơ quan có hiệu lực vào ngày ${formatDateShort(date)} (hồ sơ hiện có: từ ${formatDateShort(any.validFrom)}${any.validTo ? ` đến ${formatDateShort(any.validTo)}` : ''}). Hãy chọn ngày văn bản khác hoặc cập nhật hồ sơ cơ quan.`
      : `Chưa có hồ sơ cơ quan. Hãy thiết lập hồ sơ cơ quan (tên cơ quan, ký hiệu, nhiệm kỳ) trước khi ${action}.`,
  );
}
