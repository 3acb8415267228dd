// Rules for autosaved drafts: a draft is a typed, versioned record (shared/domain/compose.ts); one saved
// by an older release is upgraded when opened, or refused with a message — never opened in the wrong shape.
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import { draftKindOf, subjectOfDraft, upgradeDraft, type ComposeDraft } from '../../shared/domain/compose';
import type { Draft, DraftKind, DraftSummary } from '../../shared/ipc/drafts';
import { createDraftsRepo } from './repo';

const OLD_DRAFT = 'Bản nháp này được lưu theo định dạng cũ không còn đọc được. Hãy xóa bản nháp và soạn lại từ văn bản đến.';

export function createDraftsService(db: Db, clock: () => Date) {
  const repo = createDraftsRepo(db);
  const open = (id: number): Draft => {
    const d = repo.find(id);
    if (!d) throw new AppError('NOT_FOUND', 'Không tìm thấy bản nháp (có thể đã bị xóa).');
    let raw: unknown;
    try {
      raw = JSON.parse(d.data);
    } catch {
      throw new AppError('VALIDATION', OLD_DRAFT);
    }
    const draft = upgradeDraft(raw);
    if (!draft) throw new AppError('VALIDATION', OLD_DRAFT);
    const { data: _d, ...rest } = d;
    return { ...rest, draft };
  };
  return {
    list: (kind: DraftKind | undefined, limit = 100): DraftSummary[] => repo.list(kind, limit),
    get: open,
    /** The newest draft composing a reply from this incoming document with this kind of template, if any. */
    forIncoming(incomingId: number, templateId: string): Draft | null {
      const id = repo.latestFor(incomingId, draftKindOf(templateId));
      return id === null ? null : open(id);
    },
    save(input: { id?: number | undefined; draft: ComposeDraft }): DraftSummary {
      const now = clock().toISOString();
      const d = input.draft;
      const fields = { kind: draftKindOf(d.templateId), title: subjectOfDraft(d).slice(0, 500), incomingId: d.incomingId, data: JSON.stringify(d) };
      let savedId: number;
      if (input.id === undefined) savedId = repo.insert(fields, now);
      else if (repo.update(input.id, fields, now)) savedId = input.id;
      else throw new AppError('NOT_FOUND', 'Không tìm thấy bản nháp để lưu (có thể đã bị xóa ở cửa sổ khác).');
      const { data: _d, createdAt: _c, ...summary } = repo.find(savedId)!;
      return summary;
    },
    delete: (id: number) => ({ deleted: repo.remove(id) }),
  };
}
export type DraftsService = ReturnType<typeof createDraftsService>;
