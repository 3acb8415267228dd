// Rules for recipients: unique names (compared with nameKey, so tone-mark placement and case do not
// create a second "Đảng ủy phường X"), ordered groups, pasted lists. Every change is audited.
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import { nameKey } from '../../shared/text/normalize';
import {
  groupLines,
  groupInputSchema,
  parseUnitLines,
  unitInputSchema,
  type GroupInput,
  type ImportUnitsResult,
  type RecipientGroup,
  type Unit,
  type UnitInput,
  type UnitKind,
} from '../../shared/domain/directory';
import { record } from '../audit/repo';
import { createDirectoryRepo } from './repo';

export function createDirectoryService(db: Db, clock: () => Date) {
  const repo = createDirectoryRepo(db);
  const now = () => clock().toISOString();

  const saveUnitTx = db.transaction((input: UnitInput): Unit => {
    const data = unitInputSchema.parse(input);
    const key = nameKey(data.name);
    if (!key) throw new AppError('VALIDATION', 'Tên đơn vị phải có ít nhất một chữ cái hoặc chữ số.');
    const clash = repo.findUnitByKey(key);
    if (clash && clash.id !== data.id) throw new AppError('CONFLICT', `Đơn vị "${clash.name}" đã có trong danh mục.`);
    let id = data.id;
    if (id === undefined) {
      id = repo.insertUnit(data, key, now());
      record(db, { action: 'create', entity: 'unit', entityId: id, detail: { name: data.name } });
    } else {
      if (!repo.updateUnit(id, data, key, now())) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị cần sửa.');
      record(db, { action: 'update', entity: 'unit', entityId: id, detail: { name: data.name } });
    }
    return repo.findUnit(id)!;
  });

  const saveGroupTx = db.transaction((input: GroupInput): RecipientGroup => {
    const data = groupInputSchema.parse(input);
    const key = nameKey(data.name);
    if (!key) throw new AppError('VALIDATION', 'Tên nhóm nơi nhận phải có ít nhất một chữ cái hoặc chữ số.');
    const clash = repo.findGroupByKey(key);
    if (clash && clash.id !== data.id) throw new AppError('CONFLICT', `Nhóm nơi nhận "${clash.name}" đã có.`);
    if (new Set(data.memberIds).size !== data.memberIds.length) throw new AppError('VALIDATION', 'Một đơn vị được chọn hai lần trong nhóm.');
    const missing = data.memberIds.filter((u) => !repo.findUnit(u));
    if (missing.length) throw new AppError('VALIDATION', 'Nhóm có đơn vị không còn trong danh mục; hãy chọn lại các đơn vị.');
    let id = data.id;
    if (id === undefined) {
      id = repo.insertGroup(data, key, now());
    } else if (!repo.updateGroup(id, data, key, now())) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm nơi nhận cần sửa.');
    }
    repo.setMembers(id, data.memberIds);
    record(db, { action: input.id === undefined ? 'create' : 'update', entity: 'recipient_group', entityId: id, detail: { name: data.name, members: data.memberIds } });
    return repo.findGroup(id)!;
  });

  const importTx = db.transaction((text: string, kind: UnitKind): ImportUnitsResult => {
    const added: Unit[] = [];
    const skipped: string[] = [];
    const seen = new Set<string>();
    for (const name of parseUnitLines(text)) {
      const key = nameKey(name);
      if (!key || seen.has(key) || repo.findUnitByKey(key)) {
        skipped.push(name);
        continue;
      }
      seen.add(key);
      const id = repo.insertUnit({ name, shortName: '', kind }, key, now());
      added.push(repo.findUnit(id)!);
    }
    if (added.length) record(db, { action: 'import', entity: 'unit', detail: { added: added.map((u) => u.id) } });
    return { added, skipped };
  });

  return {
    listUnits: () => repo.listUnits(),
    saveUnit: (input: UnitInput) => saveUnitTx.immediate(input),
    deleteUnit(id: number): void {
      db.transaction(() => {
        if (!repo.deleteUnit(id, now())) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị cần xóa.');
        record(db, { action: 'delete', entity: 'unit', entityId: id });
      }).immediate();
    },
    listGroups: () => repo.listGroups(),
    /** One group, or null when it was deleted (a template may still name it). */
    group: (id: number): RecipientGroup | null => repo.findGroup(id) ?? null,
    saveGroup: (input: GroupInput) => saveGroupTx.immediate(input),
    deleteGroup(id: number): void {
      db.transaction(() => {
        if (!repo.deleteGroup(id, now())) throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm nơi nhận cần xóa.');
        record(db, { action: 'delete', entity: 'recipient_group', entityId: id });
      }).immediate();
    },
    /** Adds every new name from a pasted list; names already present (by nameKey) are reported as skipped. */
    importUnits: (text: string, kind: UnitKind = 'khac') => importTx.immediate(text, kind),
    /**
     * Kính gửi lines for a choice of groups and units, in order: a one-line group gives its name,
     * any other group its members; a unit named twice is written once.
     */
    addressLines(groupIds: readonly number[], unitIds: readonly number[] = []): string[] {
      const lines: string[] = [];
      const seen = new Set<string>();
      const push = (s: string) => {
        const k = nameKey(s);
        if (!seen.has(k)) {
          seen.add(k);
          lines.push(s);
        }
      };
      for (const g of groupIds.map((id) => repo.findGroup(id))) {
        if (!g) throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm nơi nhận.');
        groupLines(g).forEach(push);
      }
      for (const u of unitIds.map((id) => repo.findUnit(id))) {
        if (!u) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
        push(u.name);
      }
      return lines;
    },
    /** Every unit a distribution reaches (groups expanded, duplicates removed): what delivery is tracked against. */
    expandRecipients(groupIds: readonly number[], unitIds: readonly number[] = []): Unit[] {
      const out = new Map<number, Unit>();
      for (const id of groupIds) {
        const g = repo.findGroup(id);
        if (!g) throw new AppError('NOT_FOUND', 'Không tìm thấy nhóm nơi nhận.');
        for (const u of g.members) if (!out.has(u.id)) out.set(u.id, u);
      }
      for (const id of unitIds) {
        const u = repo.findUnit(id);
        if (!u) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị.');
        if (!out.has(u.id)) out.set(u.id, u);
      }
      return [...out.values()];
    },
  };
}
export type DirectoryService = ReturnType<typeof createDirectoryService>;
