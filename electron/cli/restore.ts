// `vanthu restore`: replaces the database with a validated backup; the current one is kept as a backup
// (or moved aside, if it is corrupt).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreDatabaseFile } from '../backup/offline';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Khôi phục cơ sở dữ liệu từ bản sao lưu (.sqlite hoặc .zip), sau khi kiểm tra tệp',
  usage: 'vanthu restore --db ĐƯỜNG_DẪN --from TỆP [--json]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: { db: { type: 'string' }, from: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const dbFile = path.resolve(requireDb(values.db));
    if (!values.from) throw new CliUsageError('Thiếu --from TỆP (bản sao lưu cần khôi phục).');
    const r = await restoreDatabaseFile(dbFile, path.resolve(values.from));
    if (values.json) printJson(io, r);
    else {
      io.stdout(`Đã khôi phục từ ${r.restoredFrom}.\n`);
      if (r.safetyBackup) io.stdout(`Dữ liệu trước khi khôi phục được giữ trong bản sao lưu ${r.safetyBackup}.\n`);
      if (r.movedAside) io.stdout(`Tệp dữ liệu hỏng được giữ nguyên tại ${r.movedAside}.\n`);
    }
  },
};
