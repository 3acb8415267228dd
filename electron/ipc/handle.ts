// Registers every contract channel on ipcMain through one wrapper: sender check, then dispatch
// (which validates with zod and returns {ok,value}|{ok,error}).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels } from '../../shared/ipc/contract';
import type { Dispatch } from './dispatch';

export const APP_ORIGIN = 'app://vanthu';

/** Only our own main frame, loaded from our own origin, may call the backend. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, mainFrameId?: number): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame.parent) return false;
  if (mainFrameId !== undefined && frame.routingId !== mainFrameId) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Yêu cầu không đến từ cửa sổ của ứng dụng.' } };
      return dispatch(channel, input);
    });
  }
}
