// Rules and transactions for the office profile.
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import type { OfficeProfile, OfficeProfileData } from '../../shared/domain/profile';
import { createProfileRepo } from './repo';

export type Clock = () => Date;

export function createProfileService(db: Db, clock: Clock) {
  const repo = createProfileRepo(db);
  const today = () => clock().toISOString().slice(0, 10);
  return {
    /** The profile valid on `date`; falls back to the newest one so an app never shows no header. */
    get(date?: string): OfficeProfile | null {
      return repo.findValidOn(date ?? today()) ?? repo.findLatest();
    },
    save(data: OfficeProfileData): OfficeProfile {
      if (data.validTo && data.validTo < data.validFrom) {
        throw new AppError('VALIDATION', 'Ngày hết hiệu lực của hồ sơ cơ quan phải sau ngày bắt đầu hiệu lực.');
      }
      const id = db.transaction(() => repo.insert(data, clock().toISOString()))();
      const saved = repo.findById(id);
      if (!saved) throw new AppError('INTERNAL', 'Không đọc lại được hồ sơ cơ quan vừa lưu.');
      return saved;
    },
  };
}
export type ProfileService = ReturnType<typeof createProfileService>;
