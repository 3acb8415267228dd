import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { IncomingRow } from '../../shared/domain/incoming';
import { setApiForTests } from '../../renderer/api/client';
import { useIncomingStore } from '../../renderer/stores/incomingStore';
import { useNotifications } from '../../renderer/stores/notificationsStore';
import { deferred, fakeApi } from './fakeApi';

const row = (id: number, number: string): IncomingRow => ({
  id, arrivalYear: 2023, arrivalNumber: id, arrivalDate: '2023-07-11', issuer: 'Ban Tuyên giáo Thành ủy', number, docDate: '2023-07-10',
  docType: 'Công văn', typeCode: 'CV', subject: 'gửi tài liệu', receiver: '', secrecy: null, urgency: null, deadline: null, handler: '', status: 'moi',
});
const initial = useIncomingStore.getState();

describe('incomingStore', () => {
  beforeEach(() => {
    useIncomingStore.setState(initial, true);
    useNotifications.setState({ items: [] });
  });
  afterEach(() => setApiForTests(null));

  it('sends query (relevance order), filters and page to incoming:list and keeps the answer', async () => {
    const { api, calls } = fakeApi({ 'incoming:list': () => ({ rows: [row(1, '3080-CV/BTGTU')], total: 1 }) });
    setApiForTests(api);
    useIncomingStore.setState({ query: ' thong bao nhanh ', filters: { year: 2023, issuer: 'Thành ủy', typeCode: 'CV', status: 'moi' }, page: 2 });
    await useIncomingStore.getState().load(true);
    expect(calls[0]).toEqual({
      channel: 'incoming:list',
      input: { query: 'thong bao nhanh', order: 'relevance', year: 2023, issuer: 'Thành ủy', typeCode: 'CV', status: 'moi', page: 2, pageSize: 50 },
    });
    expect(useIncomingStore.getState()).toMatchObject({ total: 1, status: 'ready', isDirty: false });
    expect(useIncomingStore.getState().rows[0]!.number).toBe('3080-CV/BTGTU');
  });

  it('drops an older answer that arrives after a newer one', async () => {
    const slow = deferred<{ rows: IncomingRow[]; total: number }>();
    let n = 0;
    const { api } = fakeApi({ 'incoming:list': () => (++n === 1 ? slow.promise : { rows: [row(2, 'mới')], total: 1 }) });
    setApiForTests(api);
    const first = useIncomingStore.getState().load(true);
    await useIncomingStore.getState().load(true);
    slow.resolve({ rows: [row(1, 'cũ')], total: 99 });
    await first;
    expect(useIncomingStore.getState().rows.map((r) => r.number)).toEqual(['mới']);
    expect(useIncomingStore.getState().total).toBe(1);
  });

  it('re-fetches the list after create, and turns a refusal into a Vietnamese notification', async () => {
    let listed = 0;
    const { api, calls } = fakeApi({
      'incoming:list': () => ({ rows: [], total: ++listed }),
      'incoming:create': (input: { number: string }) => {
        if (input.number === 'trùng') throw new AppError('CONFLICT', 'Văn bản này đã có trong sổ (số đến 1/2023).');
        return { id: 7, arrivalNumber: 1 };
      },
    });
    setApiForTests(api);
    expect(await useIncomingStore.getState().create({ arrivalDate: '2023-07-11', number: '3080-CV/BTGTU' })).toMatchObject({ id: 7 });
    expect(calls.map((c) => c.channel)).toEqual(['incoming:create', 'incoming:list']);
    expect(await useIncomingStore.getState().create({ arrivalDate: '2023-07-11', number: 'trùng' })).toBeNull();
    expect(useNotifications.getState().items.at(-1)).toMatchObject({ kind: 'error', message: 'Văn bản này đã có trong sổ (số đến 1/2023).' });
  });
});
