// Registers every contract channel on ipcMain through one wrapper: the sender must be our
// window's main frame showing our app:// origin; then dispatch validates with zod, runs the
// service and returns {ok,value}|{ok,error}. Nothing thrown ever reaches the renderer.
import type { IpcMain } from 'electron';
import type { Result } from '../../shared/errors';
import { channels } from '../../shared/ipc/contract';
import { createLogger, toLogFormat } from '../log';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../protocol';
import type { Dispatch } from './dispatch';

export { APP_ORIGIN };

const log = createLogger('ipc');

/** The parts of Electron's WebFrameMain / IpcMainInvokeEvent we rely on (fakes in tests). */
export type FrameLike = { url: string; origin?: string; parent: unknown; processId: number; routingId: number };
export type InvokeEventLike = { senderFrame: FrameLike | null; sender: { id: number } };
/** Our window as seen by the guard: its webContents id and main frame, or null before/after it exists. */
export type MainWindowRef = () => { webContentsId: number; mainFrame: Pick<FrameLike, 'processId' | 'routingId'> } | null;

export const UNTRUSTED: Result<never> = { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.' } };
const INTERNAL: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn. Dữ liệu không bị thay đổi; hãy thử lại.' } };

/** app://vanthu/… exactly: no other scheme, host, port or credentials. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && u.port === '' && !u.username && !u.password;
  } catch {
    return false;
  }
}

/** Frame identity (our window, its main frame, not a subframe) AND origin must both match. */
export function isTrustedSender(event: InvokeEventLike, main: MainWindowRef): boolean {
  const frame = event.senderFrame;
  const ours = main();
  if (!frame || !ours) return false;
  if (frame.parent) return false;
  if (event.sender.id !== ours.webContentsId) return false;
  if (frame.processId !== ours.mainFrame.processId || frame.routingId !== ours.mainFrame.routingId) return false;
  if (!isAppUrl(frame.url)) return false;
  // Electron reports the committed origin separately from the URL; both must be ours.
  if (frame.origin !== undefined && frame.origin !== APP_ORIGIN) return false;
  return true;
}

/** The per-channel listener: guard, dispatch, and a last-resort catch. */
export function createIpcListener(channel: string, dispatch: Dispatch, main: MainWindowRef) {
  return async (event: InvokeEventLike, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, main)) {
      log.warn(`refused ${channel} from an untrusted frame`);
      return UNTRUSTED;
    }
    try {
      return await dispatch(channel, input);
    } catch (e) {
      log.error(`${channel} failed outside dispatch`, toLogFormat(e));
      return INTERNAL;
    }
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, main: MainWindowRef): void {
  for (const channel of channels) {
    const listener = createIpcListener(channel, dispatch, main);
    ipcMain.handle(channel, (event, input: unknown) => listener(event as unknown as InvokeEventLike, input));
  }
}
