// SQL only: unit, recipient_group and recipient_group_member (migration 0021).
import type { Db } from '../db/open';
import type { GroupData, RecipientGroup, Unit, UnitData, UnitKind } from '../../shared/domain/directory';

type UnitRow = { id: number; name: string; short_name: string; kind: UnitKind; created_at: string; updated_at: string };
type GroupRow = { id: number; name: string; as_one_line: number; created_at: string; updated_at: string };

const toUnit = (r: UnitRow): Unit => ({ id: r.id, name: r.name, shortName: r.short_name, kind: r.kind, createdAt: r.created_at, updatedAt: r.updated_at });

export function createDirectoryRepo(db: Db) {
  const units = db.prepare<[], UnitRow>(`SELECT * FROM unit WHERE deleted_at IS NULL ORDER BY name_key, id`);
  const unitById = db.prepare<[number], UnitRow>(`SELECT * FROM unit WHERE id = ? AND deleted_at IS NULL`);
  const unitByKey = db.prepare<[string], UnitRow>(`SELECT * FROM unit WHERE name_key = ? AND deleted_at IS NULL`);
  const insertUnit = db.prepare(
    `INSERT INTO unit (name, name_key, short_name, kind, created_at, updated_at) VALUES (@name, @nameKey, @shortName, @kind, @now, @now)`,
  );
  const updateUnit = db.prepare(
    `UPDATE unit SET name = @name, name_key = @nameKey, short_name = @shortName, kind = @kind, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  );
  const softDeleteUnit = db.prepare(`UPDATE unit SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`);
  const dropMemberships = db.prepare(`DELETE FROM recipient_group_member WHERE unit_id = ?`);

  const groups = db.prepare<[], GroupRow>(`SELECT * FROM recipient_group WHERE deleted_at IS NULL ORDER BY name_key, id`);
  const groupById = db.prepare<[number], GroupRow>(`SELECT * FROM recipient_group WHERE id = ? AND deleted_at IS NULL`);
  const groupByKey = db.prepare<[string], GroupRow>(`SELECT * FROM recipient_group WHERE name_key = ? AND deleted_at IS NULL`);
  const members = db.prepare<[number], UnitRow>(
    `SELECT u.* FROM recipient_group_member m JOIN unit u ON u.id = m.unit_id WHERE m.group_id = ? AND u.deleted_at IS NULL ORDER BY m.position`,
  );
  const insertGroup = db.prepare(
    `INSERT INTO recipient_group (name, name_key, as_one_line, created_at, updated_at) VALUES (@name, @nameKey, @asOneLine, @now, @now)`,
  );
  const updateGroup = db.prepare(
    `UPDATE recipient_group SET name = @name, name_key = @nameKey, as_one_line = @asOneLine, updated_at = @now WHERE id = @id AND deleted_at IS NULL`,
  );
  const clearMembers = db.prepare(`DELETE FROM recipient_group_member WHERE group_id = ?`);
  const insertMember = db.prepare(`INSERT INTO recipient_group_member (group_id, position, unit_id) VALUES (?, ?, ?)`);
  const softDeleteGroup = db.prepare(`UPDATE recipient_group SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`);

  const toGroup = (r: GroupRow): RecipientGroup => ({
    id: r.id,
    name: r.name,
    asOneLine: r.as_one_line === 1,
    members: members.all(r.id).map(toUnit),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  return {
    listUnits: () => units.all().map(toUnit),
    findUnit: (id: number) => {
      const r = unitById.get(id);
      return r ? toUnit(r) : null;
    },
    findUnitByKey: (key: string) => {
      const r = unitByKey.get(key);
      return r ? toUnit(r) : null;
    },
    insertUnit: (data: UnitData, nameKey: string, now: string) => Number(insertUnit.run({ ...data, nameKey, now }).lastInsertRowid),
    updateUnit: (id: number, data: UnitData, nameKey: string, now: string) => updateUnit.run({ ...data, id, nameKey, now }).changes > 0,
    deleteUnit(id: number, now: string): boolean {
      const changed = softDeleteUnit.run(now, now, id).changes > 0;
      // A deleted unit leaves every group; positions of the others keep their order.
      if (changed) dropMemberships.run(id);
      return changed;
    },
    listGroups: () => groups.all().map(toGroup),
    findGroup: (id: number) => {
      const r = groupById.get(id);
      return r ? toGroup(r) : null;
    },
    findGroupByKey: (key: string) => {
      const r = groupByKey.get(key);
      return r ? toGroup(r) : null;
    },
    insertGroup: (data: GroupData, nameKey: string, now: string) =>
      Number(insertGroup.run({ name: data.name, asOneLine: data.asOneLine ? 1 : 0, nameKey, now }).lastInsertRowid),
    updateGroup: (id: number, data: GroupData, nameKey: string, now: string) =>
      updateGroup.run({ id, name: data.name, asOneLine: data.asOneLine ? 1 : 0, nameKey, now }).changes > 0,
    setMembers(groupId: number, unitIds: readonly number[]) {
      clearMembers.run(groupId);
      unitIds.forEach((u, i) => insertMember.run(groupId, i, u));
    },
    deleteGroup: (id: number, now: string) => softDeleteGroup.run(now, now, id).changes > 0,
  };
}
