// `npm run web`: the same UI and services as the desktop app, served on 127.0.0.1.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../shell/dataLocation';
import { findLatestBackup } from '../backup/files';
import { openAppContext } from '../context';
import { DbCorruptError } from '../db/open';
import { databaseFile, defaultDataDir } from '../paths';
import { startHost } from './server';

async function main() {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    console.log('Cách dùng: npm run web -- [--data THƯ_MỤC] [--port CỔNG]\n  --data  thư mục dữ liệu (mặc định: thư mục của ứng dụng, hoặc VANTHU_DATA_DIR)');
    return;
  }
  // --data names the folder directly; otherwise follow the same pointer the desktop app uses.
  const baseDir = values.data ? path.resolve(values.data) : defaultDataDir();
  const dataDir = values.data ? baseDir : resolveDataDir(baseDir);
  let ctx;
  try {
    ctx = openAppContext({ dataDir, baseDir, mode: 'web' });
  } catch (e) {
    // A corrupt database is never touched here; say how to restore the latest backup.
    const latest = e instanceof DbCorruptError ? findLatestBackup(dataDir) : null;
    if (latest) {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\nBản sao lưu gần nhất: ${latest.file}\nKhôi phục: npx vanthu restore --db "${databaseFile(dataDir)}" --from "${latest.file}"`, { cause: e });
    }
    throw e;
  }
  ctx.services.backup.maybeAutoBackup().catch(() => undefined);
  const staticDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'renderer');
  const host = await startHost({ dispatch: ctx.dispatch, staticDir, ...(values.port ? { port: Number(values.port) } : {}) });
  console.log(`Văn thư Tuyên giáo đang chạy ở chế độ trình duyệt.\nThư mục dữ liệu: ${dataDir}\nMở địa chỉ sau trong trình duyệt:\n${host.url}`);
  const stop = () => {
    void host.close().finally(() => {
      ctx.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`Lỗi: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
