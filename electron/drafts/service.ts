// Rules for autosaved drafts: the data must be JSON; saving an unknown id is refused.
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import type { Draft, DraftKind, DraftSummary } from '../../shared/ipc/drafts';
import { createDraftsRepo } from './repo';

export function createDraftsService(db: Db, clock: () => Date) {
  const repo = createDraftsRepo(db);
  return {
    list: (kind: DraftKind | undefined, limit = 100): DraftSummary[] => repo.list(kind, limit),
    get(id: number): Draft {
      const d = repo.find(id);
      if (!d) throw new AppError('NOT_FOUND', 'Không tìm thấy bản nháp (có thể đã bị xóa).');
      return d;
    },
    save(input: { id?: number | undefined; kind: DraftKind; title: string; incomingId: number | null; data: string }): DraftSummary {
      try {
        JSON.parse(input.data);
      } catch {
        throw new AppError('VALIDATION', 'Nội dung bản nháp không hợp lệ.');
      }
      const now = clock().toISOString();
      const { id, ...fields } = input;
      let savedId: number;
      if (id === undefined) savedId = repo.insert(fields, now);
      else if (repo.update(id, fields, now)) savedId = id;
      else throw new AppError('NOT_FOUND', 'Không tìm thấy bản nháp để lưu (có thể đã bị xóa ở cửa sổ khác).');
      const { data: _d, createdAt: _c, ...summary } = repo.find(savedId)!;
      return summary;
    },
    delete: (id: number) => ({ deleted: repo.remove(id) }),
  };
}
export type DraftsService = ReturnType<typeof createDraftsService>;
