// `vanthu backup`: a consistent copy of the database (or the portable .zip archive), or the daily automatic backup.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppContext } from '../context';
import { writeFileAtomic } from '../shell/atomicFile';
import { buildArchive } from '../backup/archive';
import { copyDatabase } from '../backup/service';
import { AppError } from '../../shared/errors';
import { CliUsageError, printJson, requireDb, type CliCommand } from './args';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Sao lưu cơ sở dữ liệu ra một tệp (.sqlite, hoặc .zip để chuyển sang máy mới)',
  usage: 'vanthu backup --db ĐƯỜNG_DẪN --out TỆP[.sqlite|.zip] [--archive] [--json]\n       vanthu backup --db ĐƯỜNG_DẪN --auto [--json]   (sao lưu tự động hằng ngày theo cài đặt, có xoay vòng)',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { db: { type: 'string' }, out: { type: 'string' }, archive: { type: 'boolean' }, auto: { type: 'boolean' }, json: { type: 'boolean' } },
      strict: true,
    });
    const dbFile = requireDb(values.db);
    if (!fs.existsSync(dbFile)) throw new AppError('NOT_FOUND', `Không tìm thấy tệp cơ sở dữ liệu "${dbFile}".`);
    if (!values.auto && !values.out) throw new CliUsageError('Thiếu --out TỆP (nơi ghi bản sao lưu) hoặc --auto.');
    const ctx = openAppContext({ dataDir: path.dirname(path.resolve(dbFile)), dbFile });
    try {
      if (values.auto) {
        const r = await ctx.services.backup.maybeAutoBackup();
        if (values.json) printJson(io, r);
        else io.stdout(r.status === 'created' ? `Đã sao lưu: ${path.join(r.backup.folder, r.backup.fileName)}\n` : r.status === 'failed' ? `Lỗi: ${r.message}\n` : `Không cần sao lưu (${r.status === 'skipped' ? 'hôm nay đã sao lưu' : 'đã tắt sao lưu tự động'}).\n`);
        return r.status === 'failed' ? 1 : 0;
      }
      const out = path.resolve(values.out!);
      if (fs.existsSync(out)) throw new AppError('CONFLICT', `Tệp "${out}" đã tồn tại; hãy chọn tên khác (không ghi đè).`);
      const archive = values.archive === true || out.toLowerCase().endsWith('.zip');
      if (archive) {
        const tmp = `${out}.db.partial`;
        try {
          await copyDatabase(ctx.services.db, tmp);
          writeFileAtomic(out, buildArchive(tmp, new Date().toISOString()));
        } finally {
          fs.rmSync(tmp, { force: true });
        }
      } else {
        await copyDatabase(ctx.services.db, out);
      }
      const result = { file: out, size: fs.statSync(out).size, archive, userVersion: ctx.services.db.pragma('user_version', { simple: true }) as number };
      if (values.json) printJson(io, result);
      else io.stdout(`Đã sao lưu vào ${out} (${(result.size / 1024).toFixed(0)} KB)\n`);
    } finally {
      ctx.close();
    }
  },
};
