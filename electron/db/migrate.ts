import type Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { createLogger } from '../log';
import { migrations as bundled, type Migration } from './migrations/index';

const log = createLogger('db.migrate');

export class DbFromFutureError extends AppError {
  constructor(fileVersion: number, appVersion: number) {
    super(
      'CONFLICT',
      `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${fileVersion}, ứng dụng này hỗ trợ đến ${appVersion}). Hãy cập nhật ứng dụng; tệp dữ liệu không bị thay đổi.`,
    );
  }
}

export const latestVersion = (list: readonly Migration[] = bundled): number => list.at(-1)?.version ?? 0;

/** Applies every pending migration in one transaction and sets PRAGMA user_version. */
export function migrate(db: Database.Database, list: readonly Migration[] = bundled, target = latestVersion(list)): number {
  for (let i = 1; i < list.length; i++) {
    if (list[i]!.version <= list[i - 1]!.version) throw new Error(`Migrations out of order at ${list[i]!.name}`);
  }
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = latestVersion(list);
  if (current > newest) throw new DbFromFutureError(current, newest);
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      log.info(`applying ${m.name}`);
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.at(-1)!.version;
}
