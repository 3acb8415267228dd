// One client with the contract's typed surface, over window.api (desktop) or the loopback
// bridge (browser mode). Failed results become AppError so stores can show the message.
import { AppError, type Result } from '../../shared/errors';
import { channels, splitChannel, type AppApi, type Channel } from '../../shared/ipc/contract';

type RawApi = Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>>;
type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    api?: RawApi;
  }
}

const TOKEN_KEY = 'vanthu.token';
export const TOKEN_HEADER = 'x-vanthu-token';

/** Browser mode: the token arrives in the URL fragment once, then lives in sessionStorage. */
function takeToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = takeToken();
  return async (channel, input) => {
    let res: Response;
    try {
      res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'IO', message: 'Mất kết nối tới máy chủ của ứng dụng. Hãy kiểm tra lệnh "npm run web" còn chạy.' } };
    }
    try {
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'IO', message: `Máy chủ trả lời không hợp lệ (HTTP ${res.status}).` } };
    }
  };
}

function ipcTransport(raw: RawApi): Transport {
  return (channel, input) => {
    const [d, v] = splitChannel(channel);
    return raw[d]![v]!(input);
  };
}

export function createApi(transport: Transport): AppApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [d, v] = splitChannel(channel);
    (api[d] ??= {})[v] = async (input?: unknown) => {
      const r = await transport(channel, input ?? {});
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
      return r.value;
    };
  }
  return api as unknown as AppApi;
}

let instance: AppApi | null = null;
export function getApi(): AppApi {
  instance ??= createApi(window.api ? ipcTransport(window.api) : httpTransport());
  return instance;
}
export const setApiForTests = (api: AppApi | null) => {
  instance = api;
};
