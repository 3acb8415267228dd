// SQL only: the compose_draft table.
import type { Db } from '../db/open';
import type { DraftKind, DraftSummary } from '../../shared/ipc/drafts';

type StoredDraft = DraftSummary & { data: string; createdAt: string };

type DraftRow = { id: number; kind: DraftKind; title: string; incoming_id: number | null; data: string; created_at: string; updated_at: string };

const toSummary = (r: Omit<DraftRow, 'data' | 'created_at'>): DraftSummary => ({ id: r.id, kind: r.kind, title: r.title, incomingId: r.incoming_id, updatedAt: r.updated_at });

export function createDraftsRepo(db: Db) {
  const list = db.prepare<{ kind: string | null; limit: number }, Omit<DraftRow, 'data' | 'created_at'>>(
    `SELECT id, kind, title, incoming_id, updated_at FROM compose_draft WHERE (@kind IS NULL OR kind = @kind) ORDER BY updated_at DESC, id DESC LIMIT @limit`,
  );
  const byId = db.prepare<{ id: number }, DraftRow>(`SELECT * FROM compose_draft WHERE id = @id`);
  const insert = db.prepare(
    `INSERT INTO compose_draft (kind, title, incoming_id, data, created_at, updated_at) VALUES (@kind, @title, @incomingId, @data, @now, @now)`,
  );
  const update = db.prepare(`UPDATE compose_draft SET kind = @kind, title = @title, incoming_id = @incomingId, data = @data, updated_at = @now WHERE id = @id`);
  const remove = db.prepare(`DELETE FROM compose_draft WHERE id = @id`);
  const latestFor = db.prepare<{ incomingId: number; kind: string }, { id: number }>(
    `SELECT id FROM compose_draft WHERE incoming_id = @incomingId AND kind = @kind ORDER BY updated_at DESC, id DESC LIMIT 1`,
  );

  return {
    list: (kind: DraftKind | undefined, limit: number) => list.all({ kind: kind ?? null, limit }).map(toSummary),
    find(id: number): StoredDraft | null {
      const r = byId.get({ id });
      return r ? { ...toSummary(r), data: r.data, createdAt: r.created_at } : null;
    },
    insert: (d: { kind: DraftKind; title: string; incomingId: number | null; data: string }, now: string) => Number(insert.run({ ...d, now }).lastInsertRowid),
    update: (id: number, d: { kind: DraftKind; title: string; incomingId: number | null; data: string }, now: string) => update.run({ ...d, id, now }).changes > 0,
    remove: (id: number) => remove.run({ id }).changes > 0,
    latestFor: (incomingId: number, kind: DraftKind): number | null => latestFor.get({ incomingId, kind })?.id ?? null,
  };
}
