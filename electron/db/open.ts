import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { currentUser } from '../audit/repo';
import { migrate } from './migrate';

export type Db = Database.Database;

export class DbCorruptError extends AppError {
  constructor(file: string, detail: string) {
    super(
      'IO',
      `Tệp cơ sở dữ liệu "${path.basename(file)}" bị hỏng (${detail}). Ứng dụng không ghi gì vào tệp này. Hãy khôi phục từ bản sao lưu gần nhất.`,
    );
  }
}

/** Opens (creating if needed) the database file, checks it and applies pending migrations. */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  const isNew = file === ':memory:' || !fs.existsSync(file) || fs.statSync(file).size === 0;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (e) {
    throw new DbCorruptError(file, (e as Error).message);
  }
  try {
    if (isNew) db.pragma('page_size = 8192');
    db.pragma('busy_timeout = 10000');
    if (!isNew) {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw new DbCorruptError(file, check);
    }
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Triggers that append to a log (incoming_progress, 0100) name the OS user like audit_log does.
    db.function('vanthu_user', { deterministic: false }, () => currentUser());
    if (options.migrate !== false) migrate(db);
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    // SQLITE_NOTADB and friends: the file is not a database we can read.
    throw new DbCorruptError(file, (e as Error).message);
  }
}
