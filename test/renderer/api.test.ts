// The renderer client: one typed method per channel over any transport, typed errors, token
// handling in browser mode, and the files helpers (download / file picker / dialogs in main).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, asResult, createApi, httpTransport, ipcTransport, isApiError, takeToken, type BrowserEnv, type Transport } from '../../renderer/api/client';
import { base64ToBytes, downloadBytes } from '../../renderer/api/download';
import { bytesToBase64, openFiles, pickFiles, resetFilesForTests } from '../../renderer/api/files';
import { channels, splitChannel, type AppApi } from '../../shared/ipc/contract';

const TOKEN = 'A'.repeat(32);

describe('createApi', () => {
  it('has a method for every channel that sends exactly that channel', async () => {
    const transport = vi.fn<Transport>(async (channel, input) => ({ ok: true, value: { channel, input } }));
    const api = createApi(transport) as unknown as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    for (const c of channels) {
      const [d, v] = splitChannel(c);
      expect(typeof api[d]?.[v], c).toBe('function');
      expect(await api[d]![v]!({ n: 1 })).toEqual({ channel: c, input: { n: 1 } });
    }
    expect(transport).toHaveBeenCalledTimes(channels.length);
    await api[splitChannel(channels[0]!)[0]]![splitChannel(channels[0]!)[1]]!();
    expect(transport).toHaveBeenLastCalledWith(channels[0], {});
  });

  it('throws ApiError carrying code, Vietnamese message and channel', async () => {
    const api = createApi(async () => ({ ok: false, error: { code: 'NOT_FOUND', message: 'Không tìm thấy.' } }));
    const e = await api.app.info({}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(isApiError(e, 'NOT_FOUND')).toBe(true);
    expect(isApiError(e, 'IO')).toBe(false);
    expect(e).toMatchObject({ code: 'NOT_FOUND', message: 'Không tìm thấy.', channel: 'app:info' });
  });

  it('accepts only well-formed results', () => {
    expect(asResult({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(asResult({ ok: false, error: { code: 'IO', message: 'x', details: ['a', 1] } })).toEqual({ ok: false, error: { code: 'IO', message: 'x', details: ['a'] } });
    for (const bad of [null, 'x', { ok: true }, { ok: false }, { ok: false, error: { code: 'HACKED', message: 'x' } }, { ok: 'yes', value: 1 }]) expect(asResult(bad), JSON.stringify(bad)).toBeNull();
  });
});

const env = (hash: string, fetchImpl: typeof fetch): BrowserEnv & { store: Map<string, string>; replaced: string[] } => {
  const store = new Map<string, string>();
  const replaced: string[] = [];
  return {
    store,
    replaced,
    location: { hash, pathname: '/', search: '' },
    history: { replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) },
    storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
    fetch: fetchImpl,
  };
};
const json = (status: number, body: unknown) => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('browser-mode transport', () => {
  it('takes the token from the fragment once, removes it from the address bar, and sends it', async () => {
    const f = vi.fn<typeof fetch>(async () => json(200, { ok: true, value: 1 }));
    const e = env(`#token=${TOKEN}`, f);
    const t = httpTransport(e);
    expect(e.replaced).toEqual(['/']);
    expect(e.store.get('vanthu.token')).toBe(TOKEN);
    expect(await t(channels[0]!, {})).toEqual({ ok: true, value: 1 });
    const [url, init] = f.mock.calls[0]!;
    expect(url).toBe(`/api/${channels[0]}`);
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', redirect: 'error', headers: { 'x-vanthu-token': TOKEN } });
    // A reload keeps working from sessionStorage.
    expect(takeToken({ ...e, location: { hash: '', pathname: '/', search: '' } })).toBe(TOKEN);
  });

  it('ignores a malformed token and does not call the server without one', async () => {
    const f = vi.fn<typeof fetch>();
    const t = httpTransport(env('#token=<script>', f));
    expect(await t(channels[0]!, {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(f).not.toHaveBeenCalled();
  });

  it('maps refusals and broken answers to typed Vietnamese errors', async () => {
    const cases: [Response | Error, string][] = [
      [json(401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'x' } }), 'UNAUTHORIZED'],
      [json(403, 'forbidden'), 'UNAUTHORIZED'],
      [json(413, { ok: false, error: { code: 'VALIDATION', message: 'x' } }), 'VALIDATION'],
      [json(200, '<html>'), 'IO'],
      [json(200, { ok: true }), 'IO'],
      [json(500, ''), 'IO'],
      [new TypeError('network'), 'IO'],
    ];
    for (const [answer, code] of cases) {
      const t = httpTransport(env(`#token=${TOKEN}`, async () => (answer instanceof Error ? Promise.reject(answer) : answer)));
      const r = await t(channels[0]!, {});
      expect(r, code).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[ăâđêôơưáàảãạ]/) } });
    }
  });
});

describe('desktop transport', () => {
  it('turns a missing method, a throw or a malformed answer into an error result', async () => {
    const [d, v] = splitChannel(channels[0]!);
    expect(await ipcTransport({})(channels[0]!, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await ipcTransport({ [d]: { [v]: () => Promise.reject(new Error('x')) } })(channels[0]!, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await ipcTransport({ [d]: { [v]: async () => 'garbage' } })(channels[0]!, {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await ipcTransport({ [d]: { [v]: async () => ({ ok: true, value: 5 }) } })(channels[0]!, {})).toEqual({ ok: true, value: 5 });
  });
});

// ---- files ----
type El = { type?: string; accept?: string; multiple?: boolean; href?: string; download?: string; rel?: string; files?: File[]; click: () => void; remove: () => void; addEventListener: (n: string, l: () => void) => void };
const fakeDoc = (onClick: (el: El, fire: (n: string) => void) => void) => {
  const made: El[] = [];
  const doc = {
    body: { append: vi.fn() },
    createElement: () => {
      const listeners = new Map<string, () => void>();
      const el: El = { click: () => onClick(el, (n) => listeners.get(n)?.()), remove: vi.fn(), addEventListener: (n, l) => void listeners.set(n, l) };
      made.push(el);
      return el;
    },
  };
  return { doc: doc as unknown as Pick<Document, 'createElement' | 'body'>, made };
};
afterEach(() => {
  resetFilesForTests();
  vi.restoreAllMocks();
});

describe('files helpers', () => {
  it('round-trips base64 with every byte value', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_v, i) => i % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('downloadBytes hands the exact bytes to the browser under a safe name', async () => {
    let blob: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: El[] = [];
    const { doc } = fakeDoc((el) => clicked.push(el));
    downloadBytes('../65-CV.pdf', 'application/pdf', bytesToBase64(new Uint8Array([1, 2, 3])), doc);
    expect(clicked[0]).toMatchObject({ href: 'blob:x', download: '..-65-CV.pdf' });
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(blob!.type).toBe('application/pdf');
  });

  it('pickFiles reads the chosen files as base64, and [] on cancel', async () => {
    const { doc, made } = fakeDoc((el, fire) => {
      el.files = [new File([new Uint8Array([65, 66, 67])], 'a.docx')];
      fire('change');
    });
    expect(await pickFiles({ kinds: ['docx', 'pdf'], multiple: true }, doc)).toEqual([{ name: 'a.docx', size: 3, dataBase64: 'QUJD' }]);
    expect(made[0]).toMatchObject({ type: 'file', accept: '.docx,.pdf', multiple: true });
    const cancel = fakeDoc((_el, fire) => fire('cancel'));
    expect(await pickFiles({ kinds: ['pdf'] }, cancel.doc)).toEqual([]);
  });

  it('openFiles asks main in desktop mode', async () => {
    const openIncoming = vi.fn(async () => ({ status: 'opened' as const, files: [{ name: 'a.pdf', size: 1, dataBase64: 'QQ==' }] }));
    const desktop = { app: { info: async () => ({ dialogs: true }) }, files: { openIncoming } } as unknown as AppApi;
    expect(await openFiles({ kinds: ['pdf'] }, desktop)).toEqual([{ name: 'a.pdf', size: 1, dataBase64: 'QQ==' }]);
    expect(openIncoming).toHaveBeenCalledWith({ kinds: ['pdf'], multiple: false });
  });
});
