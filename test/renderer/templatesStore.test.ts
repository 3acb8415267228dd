// The template editor's store over a fake backend: "Chèn trường" inserts at the caret of the box
// last used, built-ins stay read-only, saving sends the definition and records the new version, a
// file over the size limit is refused before anything is sent.
import { afterEach, describe, expect, it } from 'vitest';
import { setApiForTests } from '../../renderer/api/client';
import { useTemplatesStore } from '../../renderer/stores/templatesStore';
import { useNotifications } from '../../renderer/stores/notificationsStore';
import { template } from '../helpers/documents';
import { fakeApi } from './fakeApi';

const kh = template('ke-hoach');
const item = (version: number) => ({ id: 'cq-ke-hoach', name: 'Kế hoạch', description: '', kind: 'ke-hoach', typeCode: 'KH', builtin: false, version, basedOn: 'ke-hoach', updatedAt: null, issuedCount: 0 });

describe('templatesStore', () => {
  afterEach(() => {
    setApiForTests(null);
    useTemplatesStore.getState().close();
  });

  it('inserts a field at the caret, saves a new version, refuses a 50 MB file without sending it', async () => {
    const { api, calls } = fakeApi({
      'templates:get': () => ({ ...item(1), definition: { ...kh, id: 'cq-ke-hoach' } }),
      'templates:save': () => item(2),
      'templates:list': () => [item(2)],
    });
    setApiForTests(api);
    const s = useTemplatesStore.getState();
    await s.open('cq-ke-hoach');
    s.addField('Địa bàn', 'text');
    s.setFocus({ box: 'body.1', caret: 0 });
    useTemplatesStore.getState().insertField('diaBan');
    expect(useTemplatesStore.getState().draft!.body[1]).toEqual({ paragraph: '{{diaBan}}{{office.shortName}} xây dựng Kế hoạch {{subject}}, như sau:' });
    expect(useTemplatesStore.getState().focus).toEqual({ box: 'body.1', caret: 10 });
    expect(useTemplatesStore.getState().dirty).toBe(true);
    expect(await useTemplatesStore.getState().save()).toBe(true);
    const sent = calls.find((c) => c.channel === 'templates:save')!.input as { id: string; definition: { fields: Record<string, unknown> } };
    expect(sent.id).toBe('cq-ke-hoach');
    expect(Object.keys(sent.definition.fields)).toContain('diaBan');
    expect(useTemplatesStore.getState().editing).toMatchObject({ version: 2 });

    const big = { name: 'lon.json', size: 50 * 1024 * 1024, text: async () => '' } as unknown as File;
    expect(await useTemplatesStore.getState().importFile(big)).toBeNull();
    expect(calls.some((c) => c.channel === 'templates:import')).toBe(false);
    expect(useNotifications.getState().items.at(-1)?.message).toMatch(/^Tệp "lon\.json" không phải mẫu văn bản hợp lệ: quá lớn/);
  });

  it('keeps a built-in read-only', async () => {
    const { api } = fakeApi({ 'templates:get': () => ({ ...item(1), id: 'ke-hoach', builtin: true, version: null, definition: kh }) });
    setApiForTests(api);
    await useTemplatesStore.getState().open('ke-hoach');
    useTemplatesStore.getState().change((t) => ({ ...t, name: 'khác' }));
    expect(useTemplatesStore.getState().draft!.name).toBe('Kế hoạch');
    expect(await useTemplatesStore.getState().save()).toBe(false);
  });
});
