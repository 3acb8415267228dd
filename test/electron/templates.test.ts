// The template library through the dispatcher on a real SQLite file: copy a built-in, save new
// versions (old versions unchanged and still rendered), export/import between two data folders,
// bad files refused with one Vietnamese message and nothing saved, the editor preview.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { buildDocumentSpec } from '../../electron/documents/templates';
import type { TemplateDetail, TemplateListItem } from '../../shared/ipc/templates';
import { runsText } from '../../shared/templates';
import { tempDir } from '../helpers/tmp';

const opened: AppContext[] = [];
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
});

function open(): AppContext {
  const dir = tempDir();
  const ctx = openAppContext({ dataDir: dir, dbFile: path.join(dir, 'x.sqlite'), clock: () => new Date('2023-07-12T08:00:00Z') });
  opened.push(ctx);
  return ctx;
}

async function call<T>(ctx: AppContext, channel: string, input: unknown): Promise<T> {
  const r = await ctx.dispatch(channel, input);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

async function refused(ctx: AppContext, channel: string, input: unknown): Promise<string> {
  const r = await ctx.dispatch(channel, input);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error.message;
}

const bodyText = (templateId: string, templateVersion: number | null, data: Record<string, unknown>) =>
  buildDocumentSpec({ templateId, templateVersion, data, profile: null }).body.map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');

describe('template library', () => {
  it('copies a built-in, saves versions, keeps old versions and counts them in the list', async () => {
    const ctx = open();
    const list = await call<TemplateListItem[]>(ctx, 'templates:list', {});
    expect(list.filter((t) => t.builtin).map((t) => t.id)).toContain('ke-hoach');
    const copy = await call<TemplateListItem>(ctx, 'templates:copyBuiltin', { id: 'ke-hoach' });
    expect(copy).toMatchObject({ id: 'cq-ke-hoach', builtin: false, version: 1, basedOn: 'ke-hoach', typeCode: 'KH', issuedCount: 0 });
    expect((await call<TemplateListItem>(ctx, 'templates:copyBuiltin', { id: 'ke-hoach' })).id).toBe('cq-ke-hoach-2');

    const detail = await call<TemplateDetail>(ctx, 'templates:get', { id: 'cq-ke-hoach' });
    const def = structuredClone(detail.definition) as TemplateDetail['definition'];
    def.name = 'Kế hoạch tuyên truyền của Ban';
    def.fields.venue = { type: 'text', label: 'Địa bàn', required: true };
    def.body[1] = { paragraph: 'Ban Tuyên giáo xây dựng kế hoạch tuyên truyền tại {{venue}} như sau:' };
    const v2 = await call<TemplateListItem>(ctx, 'templates:save', { id: 'cq-ke-hoach', definition: def });
    expect(v2).toMatchObject({ id: 'cq-ke-hoach', version: 2, name: 'Kế hoạch tuyên truyền của Ban' });

    const { sampleData } = await import('../../shared/templates');
    const data = { ...sampleData((await call<TemplateDetail>(ctx, 'templates:get', { id: 'cq-ke-hoach' })).definition), venue: 'phường Bến Nghé' };
    expect(bodyText('cq-ke-hoach', null, data)).toContain('kế hoạch tuyên truyền tại phường Bến Nghé như sau:');
    // Version 1 (what a draft started before the change records) still has the old wording.
    const { venue: _v, ...old } = data;
    expect(bodyText('cq-ke-hoach', 1, old)).toContain('xây dựng Kế hoạch');
    expect((await call<TemplateDetail>(ctx, 'templates:get', { id: 'cq-ke-hoach', version: 1 })).definition.fields.venue).toBeUndefined();

    const names = (await call<TemplateListItem[]>(ctx, 'templates:list', {})).filter((t) => !t.builtin).map((t) => [t.id, t.version, t.updatedAt]);
    expect(names).toEqual([['cq-ke-hoach-2', 1, '2023-07-12T08:00:00.000Z'], ['cq-ke-hoach', 2, '2023-07-12T08:00:00.000Z']]);
    // The compose combobox lists office templates too.
    const summaries = await call<{ id: string }[]>(ctx, 'documents:templates', {});
    expect(summaries.map((s) => s.id)).toContain('cq-ke-hoach');
    expect(await refused(ctx, 'templates:save', { id: 'ke-hoach', definition: def })).toMatch(/Sao chép để sửa/);
    // Removed from the library; its versions still render for the documents that name them.
    expect(await call(ctx, 'templates:remove', { id: 'cq-ke-hoach-2' })).toEqual({ removed: true });
    expect((await call<TemplateListItem[]>(ctx, 'templates:list', {})).map((t) => t.id)).not.toContain('cq-ke-hoach-2');
    expect(bodyText('cq-ke-hoach-2', 1, old)).toContain('xây dựng Kế hoạch');
    expect(await refused(ctx, 'templates:remove', { id: 'ke-hoach' })).toMatch(/không xóa được/);
  });

  it('exports a template and imports it into another data folder; an id clash imports as a copy', async () => {
    const a = open();
    await call(a, 'templates:copyBuiltin', { id: 'giay-moi' });
    const file = await call<{ status: string; fileName: string; dataBase64: string }>(a, 'templates:export', { id: 'cq-giay-moi' });
    expect(file).toMatchObject({ status: 'download', fileName: 'mau-giay-moi-cua-co-quan.json' });
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 2, id: 'cq-giay-moi', typeCode: 'GM' });

    const b = open();
    expect(await call<TemplateListItem>(b, 'templates:import', { fileName: file.fileName, text })).toMatchObject({ id: 'cq-giay-moi', name: 'Giấy mời (của cơ quan)', version: 1 });
    expect(await call<TemplateListItem>(b, 'templates:import', { fileName: file.fileName, text })).toMatchObject({ id: 'cq-giay-moi-2', name: 'Giấy mời (của cơ quan) (bản nhập)' });
  });

  it('refuses bad files with one Vietnamese message and saves nothing', async () => {
    const ctx = open();
    const good = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../templates/thong-bao.json'), 'utf8')) as Record<string, unknown>;
    const bad: [string, string, RegExp][] = [
      ['hong.json', '{"id": "x", ', /không đọc được JSON/],
      ['lon.json', `{"description": "${'a'.repeat(300 * 1024)}"}`, /quá lớn/],
      ['cho-dien.json', JSON.stringify({ ...good, body: [{ paragraph: '{{content}} {{khongCo}}' }] }), /chỗ điền "khongCo" ở đoạn 1 không phải trường nào/],
      ['proto.json', JSON.stringify(good).replace('"fields":{', '"fields":{"__proto__":{"type":"text","label":"x"},'), /tên "__proto__" không được phép/],
      ['duong-dan.json', JSON.stringify({ ...good, name: 'Mẫu ../../etc/passwd' }), /chứa đường dẫn tệp/],
      ['khoa-la.json', JSON.stringify({ ...good, onLoad: 'x' }), /khóa không thuộc mẫu văn bản: onLoad/],
    ];
    for (const [fileName, text, why] of bad) {
      const msg = await refused(ctx, 'templates:import', { fileName, text });
      expect(msg, fileName).toMatch(new RegExp(`^Tệp "${fileName.replace('.', '\\.')}" không phải mẫu văn bản hợp lệ: `));
      expect(msg, fileName).toMatch(why);
    }
    expect((await call<TemplateListItem[]>(ctx, 'templates:list', {})).filter((t) => !t.builtin)).toEqual([]);
  });

  it('previews a definition with sample values, or lists its problems', async () => {
    const ctx = open();
    const detail = await call<TemplateDetail>(ctx, 'templates:get', { id: 'to-trinh' });
    const ok = await call<{ dataBase64: string; pages: number; problems: string[] }>(ctx, 'templates:preview', { definition: detail.definition });
    expect(ok.problems).toEqual([]);
    expect(Buffer.from(ok.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const bad = await call<{ dataBase64: null; problems: string[] }>(ctx, 'templates:preview', { definition: { ...detail.definition, title: '' } });
    expect(bad.dataBase64).toBeNull();
    expect(bad.problems.join(' ')).toMatch(/cần tên loại/);
  });
});

describe('vanthu template', () => {
  const io = () => {
    const out: string[] = [];
    return { out, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void out.push(s), readStdin: async () => '' } };
  };

  it('lists, exports and imports into another database; a 50 MB file is refused without reading it', async () => {
    const { templateCommand } = await import('../../electron/cli/template');
    const dirA = tempDir();
    const a = openAppContext({ dataDir: dirA, dbFile: path.join(dirA, 'a.sqlite') });
    a.services.templates.copyBuiltin('bao-cao');
    a.close();
    const list = io();
    await templateCommand.run(['list', '--db', path.join(dirA, 'a.sqlite')], list.io);
    expect(list.out.join('')).toMatch(/cq-bao-cao\tBC\tphiên bản 1\t0 văn bản\tBáo cáo \(của cơ quan\)/);
    const file = path.join(dirA, 'bc.json');
    await templateCommand.run(['export', 'cq-bao-cao', '--db', path.join(dirA, 'a.sqlite'), '--out', file], io().io);
    const dirB = tempDir();
    const imp = io();
    await templateCommand.run(['import', file, '--db', path.join(dirB, 'b.sqlite')], imp.io);
    expect(imp.out.join('')).toContain('Đã nhập mẫu "Báo cáo (của cơ quan)" (mã cq-bao-cao)');
    const big = path.join(dirB, 'lon.json');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024);
    await expect(templateCommand.run(['import', big, '--db', path.join(dirB, 'b.sqlite')], io().io)).rejects.toThrow(/^Tệp "lon\.json" không phải mẫu văn bản hợp lệ: quá lớn/);
  });

  it("a template's default recipients expand its directory groups when a draft starts, in order, each name once", async () => {
    const ctx = open();
    const profile = (await import('../../shared/domain/profile')).SAMPLE_PROFILES[0]!;
    const { key: _k, label: _l, ...office } = profile;
    await call(ctx, 'profile:save', office);
    const unit = async (name: string) => (await call<{ id: number }>(ctx, 'directory:saveUnit', { name })).id;
    const a = await unit('Đảng ủy phường Bến Nghé');
    const b = await unit('Đảng ủy phường Đa Kao');
    const wards = await call<{ id: number }>(ctx, 'directory:saveGroup', { name: 'Đảng ủy các phường', memberIds: [a, b] });
    const asOne = await call<{ id: number }>(ctx, 'directory:saveGroup', { name: 'Các chi bộ trực thuộc', asOneLine: true, memberIds: [a] });
    const gone = await call<{ id: number }>(ctx, 'directory:saveGroup', { name: 'Nhóm đã xóa', memberIds: [b] });
    await call(ctx, 'directory:deleteGroup', { id: gone.id });

    const copy = await call<TemplateListItem>(ctx, 'templates:copyBuiltin', { id: 'cong-van' });
    const def = structuredClone((await call<TemplateDetail>(ctx, 'templates:get', { id: copy.id })).definition) as TemplateDetail['definition'];
    def.defaults = {
      addressees: [{ group: wards.id }, { unit: 'Đảng ủy phường Bến Nghé' }, { group: gone.id }, { unit: 'Mặt trận Tổ quốc quận' }],
      distribution: [{ unit: 'Như trên' }, { group: asOne.id }, { unit: 'Lưu VP' }],
      signerIndex: 0,
    };
    await call(ctx, 'templates:save', { id: copy.id, definition: def });
    const opened = await call<{ draft: { addressees: string[]; distribution: string[] } }>(ctx, 'documents:prefill', { templateId: copy.id });
    expect(opened.draft.addressees).toEqual(['Đảng ủy phường Bến Nghé', 'Đảng ủy phường Đa Kao', 'Mặt trận Tổ quốc quận']);
    expect(opened.draft.distribution).toEqual(['Như trên', 'Các chi bộ trực thuộc', 'Lưu VP']);
  });

  it('a draft started on an older version keeps that version: its form and its document', async () => {
    const ctx = open();
    const { key: _k, label: _l, ...office } = (await import('../../shared/domain/profile')).SAMPLE_PROFILES[0]!;
    await call(ctx, 'profile:save', office);
    const copy = await call<TemplateListItem>(ctx, 'templates:copyBuiltin', { id: 'ke-hoach' });
    type Opened = { draftId: number | null; draft: { templateVersion: number | null }; template: { fields: Record<string, unknown> } };
    const started = await call<Opened>(ctx, 'documents:prefill', { templateId: copy.id });
    expect(started.draft.templateVersion).toBe(1);
    const saved = await call<{ id: number }>(ctx, 'drafts:save', { draft: started.draft });
    // Version 2 adds a required field while the draft waits.
    const def = structuredClone((await call<TemplateDetail>(ctx, 'templates:get', { id: copy.id })).definition) as TemplateDetail['definition'];
    def.fields.venue = { type: 'text', label: 'Địa bàn', required: true };
    def.body.push({ paragraph: 'Địa bàn: {{venue}}.' });
    await call(ctx, 'templates:save', { id: copy.id, definition: def });
    const reopened = await call<Opened>(ctx, 'documents:prefill', { templateId: copy.id, draftId: saved.id });
    expect(reopened.draft.templateVersion).toBe(1);
    expect(Object.keys(reopened.template.fields)).not.toContain('venue');
    // A draft started now takes version 2 and its new field.
    const fresh = await call<Opened>(ctx, 'documents:prefill', { templateId: copy.id });
    expect(fresh.draft.templateVersion).toBe(2);
    expect(Object.keys(fresh.template.fields)).toContain('venue');
  });
});
