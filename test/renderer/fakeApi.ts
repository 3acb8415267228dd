// A fake backend for store tests: each channel answers from a handler; calls are recorded.
import type { AppApi } from '../../shared/ipc/contract';

export type Call = { channel: string; input: unknown };
type Handler = (input: never) => unknown;

export function fakeApi(handlers: Record<string, Handler>): { api: AppApi; calls: Call[] } {
  const calls: Call[] = [];
  const api = new Proxy(
    {},
    {
      get: (_t, domain: string) =>
        new Proxy(
          {},
          {
            get: (_u, verb: string) => async (input: unknown) => {
              const channel = `${domain}:${verb}`;
              calls.push({ channel, input });
              const h = handlers[channel];
              if (!h) throw new Error(`unexpected call ${channel}`);
              return h(input as never);
            },
          },
        ),
    },
  );
  return { api: api as AppApi, calls };
}

export const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};
