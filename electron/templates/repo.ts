// SQL only: office_template and its versions, and how many documents were issued from each.
import type { Db } from '../db/open';

export type OfficeTemplateRow = {
  id: string;
  name: string;
  kind: string;
  type_code: string;
  based_on: string | null;
  current_version: number;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
};

export function createTemplatesRepo(db: Db) {
  const list = db.prepare<[], OfficeTemplateRow>(`SELECT * FROM office_template WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE, id`);
  const byId = db.prepare<{ id: string }, OfficeTemplateRow>(`SELECT * FROM office_template WHERE id = @id`);
  const version = db.prepare<{ id: string; version: number }, { definition: string; saved_at: string }>(
    `SELECT definition, saved_at FROM office_template_version WHERE template_id = @id AND version = @version`,
  );
  const ids = db.prepare<{ prefix: string }, { id: string }>(`SELECT id FROM office_template WHERE id >= @prefix AND id < @prefix || '~'`);
  const insert = db.prepare(
    `INSERT INTO office_template (id, name, kind, type_code, based_on, current_version, created_at, updated_at) VALUES (@id, @name, @kind, @typeCode, @basedOn, 1, @now, @now)`,
  );
  const bump = db.prepare(`UPDATE office_template SET name = @name, kind = @kind, type_code = @typeCode, current_version = @version, updated_at = @now, removed_at = NULL WHERE id = @id`);
  const insertVersion = db.prepare(`INSERT INTO office_template_version (template_id, version, definition, saved_at) VALUES (@id, @version, @definition, @now)`);
  const remove = db.prepare(`UPDATE office_template SET removed_at = @now WHERE id = @id AND removed_at IS NULL`);
  const issued = db.prepare<[], { template_id: string; n: number }>(
    `SELECT template_id, COUNT(*) AS n FROM outgoing_document WHERE template_id IS NOT NULL AND deleted_at IS NULL GROUP BY template_id`,
  );

  return {
    list: () => list.all(),
    find: (id: string) => byId.get({ id }) ?? null,
    version: (id: string, v: number) => version.get({ id, version: v }) ?? null,
    idsStartingWith: (prefix: string) => new Set(ids.all({ prefix }).map((r) => r.id)),
    create: db.transaction((t: { id: string; name: string; kind: string; typeCode: string; basedOn: string | null; definition: string }, now: string) => {
      insert.run({ ...t, now });
      insertVersion.run({ id: t.id, version: 1, definition: t.definition, now });
    }),
    addVersion: db.transaction((t: { id: string; name: string; kind: string; typeCode: string; definition: string }, now: string): number => {
      const cur = byId.get({ id: t.id });
      if (!cur) return 0;
      const next = cur.current_version + 1;
      insertVersion.run({ id: t.id, version: next, definition: t.definition, now });
      bump.run({ ...t, version: next, now });
      return next;
    }),
    remove: (id: string, now: string) => remove.run({ id, now }).changes > 0,
    issuedCounts: () => new Map(issued.all().map((r) => [r.template_id, r.n])),
  };
}
