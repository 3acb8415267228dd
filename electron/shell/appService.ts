// app:* — what the app runs as, where its data lives, and moving that data (copy-then-switch).
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppInfo, AppMode, DataLocation, MoveDataResult, NetworkCheck } from '../../shared/ipc/app';
import type { Db } from '../db/open';
import { checkNetworkShare, describeDataLocation, NETWORK_WARNING } from './dataLocation';
import type { DialogProvider } from './dialogs';
import { moveDataFolder } from './moveData';

export type AppServiceDeps = {
  db: Db;
  dataDir: string;
  /** The user-data folder that holds the pointer file (defaults to dataDir). */
  baseDir: string;
  mode: AppMode;
  version: string;
  dialogs?: DialogProvider;
  /** Reopens the app on another data folder; absent where that is impossible (CLI). */
  relocate?: (dataDir: string) => void;
  checkNetwork?: (dir: string) => NetworkCheck;
  clock: () => Date;
};

export function createAppService(d: AppServiceDeps) {
  const checkNetwork = d.checkNetwork ?? checkNetworkShare;
  let moving = false;

  const chooseTarget = async (target: string | undefined): Promise<string | null> => {
    if (d.dialogs) {
      // Desktop: a compromised page must not be able to copy the database to a path of its choice.
      if (target !== undefined) throw new AppError('VALIDATION', 'Trong ứng dụng máy tính, thư mục mới được chọn bằng hộp thoại.');
      return d.dialogs.showFolderDialog({ title: 'Chọn thư mục mới để chứa dữ liệu' });
    }
    if (!target) throw new AppError('VALIDATION', 'Hãy nhập đường dẫn đầy đủ của thư mục mới.');
    if (!path.isAbsolute(target)) throw new AppError('VALIDATION', 'Đường dẫn phải là đường dẫn đầy đủ (ví dụ D:\\VanThu hoặc /home/ten/vanthu).');
    return target;
  };

  return {
    info: (): AppInfo => ({ mode: d.mode, version: d.version, dataDir: d.dataDir, dialogs: d.dialogs !== undefined }),

    dataLocation: (): DataLocation => ({ ...describeDataLocation(d.dataDir, d.baseDir), network: checkNetwork(d.dataDir) }),

    async moveData(input: { target?: string | undefined; acceptNetworkRisk?: boolean | undefined }): Promise<MoveDataResult> {
      if (moving) throw new AppError('CONFLICT', 'Đang chuyển dữ liệu; hãy đợi xong.');
      if (!d.relocate) throw new AppError('CONFLICT', 'Chỉ chuyển được thư mục dữ liệu từ ứng dụng đang chạy.');
      moving = true;
      try {
        const chosen = await chooseTarget(input.target);
        if (!chosen) return { status: 'cancelled' };
        const target = path.resolve(chosen);
        const net = checkNetwork(target);
        if (net.isNetwork) {
          if (d.dialogs) {
            const ok = await d.dialogs.confirm({ message: NETWORK_WARNING, ...(net.reason ? { detail: net.reason } : {}), confirmLabel: 'Vẫn chuyển', cancelLabel: 'Huỷ' });
            if (!ok) return { status: 'cancelled' };
          } else if (!input.acceptNetworkRisk) {
            return { status: 'needsConfirmation', target, warning: `${NETWORK_WARNING}${net.reason ? ` ${net.reason}` : ''}` };
          }
        }
        const r = await moveDataFolder({ db: d.db, fromDir: d.dataDir, toDir: target, baseDir: d.baseDir, switchTo: d.relocate, now: d.clock });
        return { status: 'moved', dataDir: r.dataDir, oldCopy: r.oldCopy, ...(net.isNetwork ? { warning: NETWORK_WARNING } : {}) };
      } finally {
        moving = false;
      }
    },
  };
}
export type AppService = ReturnType<typeof createAppService>;
