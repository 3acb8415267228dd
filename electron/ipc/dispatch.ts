// Transport-independent dispatch: validate input with the contract's schema, run the handler,
// and turn every outcome into a Result. Used by Electron IPC (handle.ts) and the HTTP bridge.
import { z } from 'zod';
import { AppError, type Result } from '../../shared/errors';
import { contract, isChannel, splitChannel, type Channel } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/handlers';
import { createLogger, toLogFormat } from '../log';

const log = createLogger('ipc');

// Validation details reach the user: have zod word them in Vietnamese.
z.config(z.locales.vi());

type AnyHandler = (input: unknown) => unknown;

const issuesToVietnamese = (error: z.ZodError): string[] =>
  error.issues.slice(0, 20).map((i) => `${i.path.length ? i.path.join('.') : '(dữ liệu)'}: ${i.message}`);

export function createDispatcher(handlers: Handlers) {
  const table = new Map<Channel, AnyHandler>();
  for (const c of Object.keys(contract) as Channel[]) {
    const [domain, verb] = splitChannel(c);
    const fn = (handlers as unknown as Record<string, Record<string, AnyHandler> | undefined>)[domain]?.[verb];
    if (typeof fn !== 'function') throw new Error(`No handler for channel ${c}`);
    table.set(c, fn);
  }
  return async function dispatch(channel: string, rawInput: unknown): Promise<Result<unknown>> {
    if (!isChannel(channel)) return { ok: false, error: { code: 'NOT_FOUND', message: 'Yêu cầu không hợp lệ: kênh không tồn tại.' } };
    // No input at all means {}; an explicit null (or any non-object) is left to the schema to refuse.
    const parsed = contract[channel].input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không hợp lệ.', details: issuesToVietnamese(parsed.error) } };
    }
    try {
      const value = await table.get(channel)!(parsed.data);
      return { ok: true, value: value ?? null };
    } catch (e) {
      if (e instanceof AppError) return { ok: false, error: e.toShape() };
      if (e instanceof z.ZodError) {
        return { ok: false, error: { code: 'VALIDATION', message: 'Dữ liệu không hợp lệ.', details: issuesToVietnamese(e) } };
      }
      log.error(`${channel} failed`, toLogFormat(e));
      return { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu không bị thay đổi; hãy thử lại hoặc khởi động lại ứng dụng.' } };
    }
  };
}
export type Dispatch = ReturnType<typeof createDispatcher>;
