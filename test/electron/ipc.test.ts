// The one IPC wrapper: sender checks (frame identity AND origin), results without stacks, and the
// preload built from the contract (electron mocked: it cannot run here).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAppContext, type AppContext } from '../../electron/context';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { createIpcListener, isAppUrl, isTrustedSender, registerIpc, type FrameLike, type InvokeEventLike, type MainWindowRef } from '../../electron/ipc/handle';
import { AppError } from '../../shared/errors';
import { channels } from '../../shared/ipc/contract';
import { tempDir } from '../helpers/tmp';

let ctx: AppContext;
beforeAll(() => {
  ctx = openAppContext({ dataDir: tempDir() });
});
afterAll(() => ctx?.close());

const mainFrame = { processId: 7, routingId: 1 };
const main: MainWindowRef = () => ({ webContentsId: 3, mainFrame });
const frame = (over: Partial<FrameLike> = {}): FrameLike => ({ url: 'app://vanthu/index.html', origin: 'app://vanthu', parent: null, ...mainFrame, ...over });
const ev = (f: FrameLike | null, senderId = 3): InvokeEventLike => ({ senderFrame: f, sender: { id: senderId } });

describe('sender check', () => {
  it('accepts our main frame on app://vanthu', () => {
    expect(isTrustedSender(ev(frame()), main)).toBe(true);
    expect(isTrustedSender(ev(frame({ url: 'app://vanthu/#/outgoing' })), main)).toBe(true);
  });

  it('refuses other frames, windows and origins', () => {
    const cases: [string, InvokeEventLike][] = [
      ['no frame', ev(null)],
      ['subframe', ev(frame({ parent: {} }))],
      ['other webContents', ev(frame(), 4)],
      ['other frame in the same process', ev(frame({ routingId: 2 }))],
      ['other renderer process', ev(frame({ processId: 8 }))],
      ['https page', ev(frame({ url: 'https://evil.example/', origin: 'https://evil.example' }))],
      ['file page', ev(frame({ url: 'file:///etc/passwd', origin: 'file://' }))],
      ['lookalike host', ev(frame({ url: 'app://vanthu.evil/index.html', origin: 'app://vanthu.evil' }))],
      ['port', ev(frame({ url: 'app://vanthu:81/index.html' }))],
      ['credentials', ev(frame({ url: 'app://x@vanthu/index.html' }))],
      ['origin disagrees with url', ev(frame({ origin: 'null' }))],
      ['about:blank', ev(frame({ url: 'about:blank', origin: 'null' }))],
    ];
    for (const [label, e] of cases) expect(isTrustedSender(e, main), label).toBe(false);
    expect(isTrustedSender(ev(frame()), () => null), 'before the window exists').toBe(false);
  });

  it('parses app URLs strictly', () => {
    expect(isAppUrl('app://vanthu/')).toBe(true);
    for (const u of ['app://vanthu.com/', 'apps://vanthu/', 'http://vanthu/', 'not a url', '']) expect(isAppUrl(u), u).toBe(false);
  });

  it('answers an untrusted sender with UNAUTHORIZED and never dispatches', async () => {
    const dispatch = vi.fn(ctx.dispatch);
    const listener = createIpcListener('app:info', dispatch, main);
    const r = await listener(ev(frame({ url: 'https://evil.example/' })), {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(await listener(ev(frame()), {})).toMatchObject({ ok: true, value: { mode: 'web' } });
    expect(await ctx.dispatch('app:info', {})).toMatchObject({ ok: true });
  });

  it('registers exactly the contract channels', () => {
    const handled: string[] = [];
    registerIpc({ handle: (c: string) => void handled.push(c) } as never, ctx.dispatch, main);
    expect(handled.sort()).toEqual([...channels].sort());
  });
});

describe('dispatch results', () => {
  it('refuses unknown channels and an explicit null', async () => {
    expect(await ctx.dispatch('nope:nothing', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ctx.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ctx.dispatch('app:info', null)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ctx.dispatch('app:info', undefined)).toMatchObject({ ok: true });
  });

  it('answers a valid call with {ok: true, value}', async () => {
    const r = await ctx.dispatch('profile:samples', {});
    expect(r.ok).toBe(true);
    if (r.ok) expect(Array.isArray(r.value) && r.value.length > 0).toBe(true);
  });

  it('words validation details in Vietnamese', async () => {
    const r = await ctx.dispatch('app:info', { extra: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details?.join(' ')).toMatch(/Khóa không được nhận dạng/);
  });

  it('logs unexpected errors and returns no stack or detail', async () => {
    const handlers = createHandlers(ctx.services);
    const secret = new Error('SQLITE_CORRUPT at /home/user/secret/path.sqlite');
    const dispatch = createDispatcher({ ...handlers, app: { ...handlers.app, info: () => { throw secret; } } });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      process.env.VANTHU_LOG = 'error';
      const r = await dispatch('app:info', {});
      expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Đã xảy ra lỗi/) } });
      expect(JSON.stringify(r)).not.toMatch(/secret|SQLITE|at .*:\d+/);
      expect(spy.mock.calls.flat().join(' ')).toContain('SQLITE_CORRUPT');
    } finally {
      delete process.env.VANTHU_LOG;
      spy.mockRestore();
    }
  });

  it('passes AppError code and Vietnamese message through', async () => {
    const handlers = createHandlers(ctx.services);
    const dispatch = createDispatcher({ ...handlers, app: { ...handlers.app, info: () => { throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.'); } } });
    expect(await dispatch('app:info', {})).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy văn bản.' } });
  });

  it('catches even a dispatcher that throws', async () => {
    const listener = createIpcListener('app:info', () => Promise.reject(new Error('boom')), main);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await listener(ev(frame()), {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    spy.mockRestore();
  });
});

describe('preload', () => {
  it('exposes one frozen window.api built from the contract, and nothing else', async () => {
    const exposed: [string, unknown][] = [];
    const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } }));
    vi.doMock('electron', () => ({ contextBridge: { exposeInMainWorld: (k: string, v: unknown) => exposed.push([k, v]) }, ipcRenderer: { invoke } }));
    await import('../../electron/preload');
    vi.doUnmock('electron');
    expect(exposed.map(([k]) => k)).toEqual(['api']);
    const api = exposed[0]![1] as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    expect(Object.isFrozen(api)).toBe(true);
    const names = Object.entries(api).flatMap(([d, verbs]) => Object.keys(verbs).map((v) => `${d}:${v}`));
    expect(names.sort()).toEqual([...channels].sort());
    for (const c of channels) {
      const [d, v] = c.split(':') as [string, string];
      await api[d]![v]!({ probe: c });
      expect(invoke).toHaveBeenLastCalledWith(c, { probe: c });
    }
    expect(Object.getPrototypeOf(api)).toBeNull();
  });
});
