import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../electron/context';
import { listAudit } from '../../electron/audit/repo';
import { parseUnitLines } from '../../shared/domain/directory';
import { tempDir } from '../helpers/tmp';

const open = () => {
  const dir = tempDir();
  return openAppContext({ dataDir: dir, dbFile: path.join(dir, 'dir.sqlite') });
};

describe('parseUnitLines', () => {
  it('strips bullets, list numbers, headings and trailing punctuation from a pasted Word list', () => {
    const text = 'Kính gửi:\r\n- Đảng ủy phường Bến Nghé;\n• Đảng ủy phường Đa Kao,\n\t1. Ban Tuyên giáo Thành ủy.\n\n  a) Mặt trận Tổ quốc quận  \n– Các chi bộ trực thuộc;';
    expect(parseUnitLines(text)).toEqual([
      'Đảng ủy phường Bến Nghé',
      'Đảng ủy phường Đa Kao',
      'Ban Tuyên giáo Thành ủy',
      'Mặt trận Tổ quốc quận',
      'Các chi bộ trực thuộc',
    ]);
  });
});

describe('directory service', () => {
  it('saves, renames and soft-deletes units; names are unique by nameKey; every change is audited', async () => {
    const ctx = open();
    const d = ctx.services.directory;
    const u = d.saveUnit({ name: 'Đảng ủy phường Bến Nghé', shortName: 'ĐU BN', kind: 'cap-uy' });
    expect(u).toMatchObject({ name: 'Đảng ủy phường Bến Nghé', shortName: 'ĐU BN', kind: 'cap-uy' });
    // Old tone placement and other case are the same unit.
    expect(() => d.saveUnit({ name: 'ĐẢNG UỶ PHƯỜNG BẾN NGHÉ' })).toThrow(/đã có/);
    const renamed = d.saveUnit({ id: u.id, name: 'Đảng ủy phường Sài Gòn', kind: 'cap-uy' });
    expect(renamed.name).toBe('Đảng ủy phường Sài Gòn');
    expect(() => d.saveUnit({ id: 9999, name: 'X' })).toThrow(/Không tìm thấy/);
    d.deleteUnit(u.id);
    expect(d.listUnits()).toEqual([]);
    // The name is free again after deletion.
    expect(d.saveUnit({ name: 'Đảng ủy phường Sài Gòn' }).id).not.toBe(u.id);
    expect(listAudit(ctx.services.db, { entity: 'unit', entityId: u.id }).map((r) => r.action)).toEqual(['delete', 'update', 'create']);
    // Through the dispatcher: unknown keys and empty names are rejected.
    expect(await ctx.dispatch('directory:saveUnit', { name: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ctx.dispatch('directory:saveUnit', { name: 'A', __proto__x: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ctx.close();
  });

  it('keeps group members in order; a one-line group is one Kính gửi line and still expands to its units', async () => {
    const ctx = open();
    const d = ctx.services.directory;
    const [a, b, c] = ['Đảng ủy phường Bến Nghé', 'Đảng ủy phường Đa Kao', 'Đảng ủy phường Tân Định'].map((name) => d.saveUnit({ name, kind: 'cap-uy' }));
    const g = d.saveGroup({ name: 'Cấp ủy cơ sở đảng', asOneLine: true, memberIds: [c!.id, a!.id, b!.id] });
    expect(g.members.map((m) => m.id)).toEqual([c!.id, a!.id, b!.id]);
    const split = d.saveGroup({ name: 'Hai phường', memberIds: [b!.id, a!.id] });
    expect(d.addressLines([g.id])).toEqual(['Cấp ủy cơ sở đảng']);
    expect(d.addressLines([split.id], [a!.id])).toEqual(['Đảng ủy phường Đa Kao', 'Đảng ủy phường Bến Nghé']);
    expect(d.expandRecipients([g.id, split.id]).map((u) => u.id)).toEqual([c!.id, a!.id, b!.id]);
    expect(() => d.saveGroup({ name: 'Trùng', memberIds: [a!.id, a!.id] })).toThrow(/hai lần/);
    expect(() => d.saveGroup({ name: 'Mất', memberIds: [424242] })).toThrow(/không còn/);
    expect(() => d.saveGroup({ name: 'cấp uỷ cơ sở Đảng' })).toThrow(/đã có/);
    // Reorder and drop a member.
    expect(d.saveGroup({ id: g.id, name: g.name, asOneLine: true, memberIds: [b!.id, c!.id] }).members.map((m) => m.id)).toEqual([b!.id, c!.id]);
    // Deleting a unit removes it from every group.
    d.deleteUnit(b!.id);
    expect(d.listGroups().find((x) => x.id === g.id)!.members.map((m) => m.id)).toEqual([c!.id]);
    const res = await ctx.dispatch('directory:deleteGroup', { id: split.id });
    expect(res.ok).toBe(true);
    expect(d.listGroups().map((x) => x.name)).toEqual(['Cấp ủy cơ sở đảng']);
    expect(await ctx.dispatch('directory:deleteGroup', { id: split.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ctx.close();
  });

  it('imports a pasted list, skipping names already present or repeated', async () => {
    const ctx = open();
    ctx.services.directory.saveUnit({ name: 'Đảng ủy phường Bến Nghé' });
    const res = await ctx.dispatch('directory:importUnits', { text: '- Đảng uỷ phường Bến Nghé;\n- Đảng ủy phường Đa Kao;\n- ĐẢNG ỦY PHƯỜNG ĐA KAO.\n- Ban Tuyên giáo Thành ủy.', kind: 'cap-uy' });
    expect(res.ok).toBe(true);
    const value = (res as { ok: true; value: { added: { name: string; kind: string }[]; skipped: string[] } }).value;
    expect(value.added.map((u) => u.name)).toEqual(['Đảng ủy phường Đa Kao', 'Ban Tuyên giáo Thành ủy']);
    expect(value.added.every((u) => u.kind === 'cap-uy')).toBe(true);
    expect(value.skipped).toEqual(['Đảng uỷ phường Bến Nghé', 'ĐẢNG ỦY PHƯỜNG ĐA KAO']);
    expect(ctx.services.directory.listUnits()).toHaveLength(3);
    ctx.close();
  });
});
