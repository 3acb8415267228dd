// One client with the contract's typed surface, over window.api (desktop) or the loopback
// bridge (browser mode). Every failure becomes an ApiError (an AppError with the channel), so
// stores can show its Vietnamese message; malformed answers never pass as data.
import { AppError, ERROR_CODES, type ErrorCode, type Result } from '../../shared/errors';
import { buildApiObject } from '../../shared/ipc/api';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import type { AppApi, Channel } from '../../shared/ipc/contract';

type RawApi = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    api?: RawApi;
  }
}

/** A failed call: code and Vietnamese message from the backend, plus which channel failed. */
export class ApiError extends AppError {
  readonly channel: Channel;
  constructor(channel: Channel, code: ErrorCode, message: string, details?: string[]) {
    super(code, message, details);
    this.name = 'ApiError';
    this.channel = channel;
  }
}
export const isApiError = (e: unknown, code?: ErrorCode): e is ApiError => e instanceof ApiError && (code === undefined || e.code === code);

const TOKEN_KEY = 'vanthu.token';
const TOKEN_HEADER = 'x-vanthu-token';
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{20,128}$/;

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Only a well-formed Result passes; anything else is a transport fault, never data. */
export function asResult(x: unknown): Result<unknown> | null {
  if (!x || typeof x !== 'object') return null;
  const r = x as { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown; details?: unknown } };
  if (r.ok === true && 'value' in r) return { ok: true, value: r.value };
  if (r.ok === false && r.error && typeof r.error.message === 'string' && (ERROR_CODES as readonly unknown[]).includes(r.error.code)) {
    const details = Array.isArray(r.error.details) ? r.error.details.filter((d): d is string => typeof d === 'string') : undefined;
    return { ok: false, error: { code: r.error.code as ErrorCode, message: r.error.message, ...(details ? { details } : {}) } };
  }
  return null;
}

export type BrowserEnv = {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  fetch: typeof fetch;
};

/** Browser mode: the token arrives once in the URL fragment, is removed from the address bar, then lives in sessionStorage. */
export function takeToken(env: Pick<BrowserEnv, 'location' | 'history' | 'storage'>): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(env.location.hash);
  if (m?.[1]) {
    if (TOKEN_FORMAT.test(m[1])) env.storage.setItem(TOKEN_KEY, m[1]);
    env.history.replaceState(null, '', env.location.pathname + env.location.search);
  }
  const t = env.storage.getItem(TOKEN_KEY) ?? '';
  return TOKEN_FORMAT.test(t) ? t : '';
}

const STATUS_MESSAGES: Record<number, [ErrorCode, string]> = {
  401: ['UNAUTHORIZED', 'Phiên làm việc không hợp lệ. Hãy mở lại địa chỉ do lệnh "npm run web" in ra.'],
  403: ['UNAUTHORIZED', 'Yêu cầu bị từ chối: chỉ mở ứng dụng từ địa chỉ do lệnh "npm run web" in ra.'],
  413: ['VALIDATION', 'Dữ liệu gửi lên quá lớn.'],
  415: ['VALIDATION', 'Dữ liệu gửi lên không đúng dạng.'],
};

export function httpTransport(env: BrowserEnv): Transport {
  const token = takeToken(env);
  return async (channel, input) => {
    if (!token) return fail('UNAUTHORIZED', STATUS_MESSAGES[401]![1]);
    let res: Response;
    try {
      // Same origin only (relative URL); no cookies, no redirects, no caching of answers.
      res = await env.fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      return fail('IO', 'Mất kết nối tới máy chủ của ứng dụng. Hãy kiểm tra lệnh "npm run web" còn chạy.');
    }
    const body: unknown = await res.json().catch(() => null);
    const r = asResult(body);
    if (res.ok && r) return r;
    const known = STATUS_MESSAGES[res.status];
    if (known) return fail(known[0], known[1]);
    return r && !r.ok ? r : fail('IO', `Máy chủ trả lời không hợp lệ (HTTP ${res.status}).`);
  };
}

export function ipcTransport(raw: RawApi): Transport {
  return async (channel, input) => {
    const i = channel.indexOf(':');
    const fn = raw[channel.slice(0, i)]?.[channel.slice(i + 1)];
    if (typeof fn !== 'function') return fail('INTERNAL', 'Ứng dụng không hỗ trợ yêu cầu này; hãy cập nhật ứng dụng.');
    try {
      return asResult(await fn(input)) ?? fail('INTERNAL', 'Ứng dụng trả lời không hợp lệ.');
    } catch {
      return fail('INTERNAL', 'Không gửi được yêu cầu tới ứng dụng. Hãy khởi động lại ứng dụng.');
    }
  };
}

export function createApi(transport: Transport): AppApi {
  return buildApiObject(CHANNEL_NAMES, (channel) => async (input?: unknown) => {
    const r = await transport(channel, input ?? {});
    if (!r.ok) throw new ApiError(channel, r.error.code, r.error.message, r.error.details);
    return r.value;
  }, false) as unknown as AppApi;
}

let instance: AppApi | null = null;
export function getApi(): AppApi {
  instance ??= createApi(
    window.api ? ipcTransport(window.api) : httpTransport({ location: window.location, history: window.history, storage: window.sessionStorage, fetch: window.fetch.bind(window) }),
  );
  return instance;
}
export const setApiForTests = (api: AppApi | null) => {
  instance = api;
};
