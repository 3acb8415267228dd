// `npm run dist`: build, then package with electron-builder. Packaging needs Electron's binary and
// electron-builder's tools from the network; where they cannot be fetched, say so plainly.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

const b = run([path.join(root, 'electron/scripts/build.mjs')]);
if (b.status !== 0) process.exit(b.status ?? 1);
const r = run([path.join(root, 'node_modules/electron-builder/cli.js'), '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
if (r.status !== 0) {
  console.error(
    '\nĐóng gói chưa hoàn tất. electron-builder cần tải bản Electron và công cụ đóng gói qua mạng;\n' +
      'máy không có mạng (như máy build của dự án) không làm được bước này. Cấu hình đóng gói: electron-builder.yml.\n' +
      'Ứng dụng vẫn dùng được ở chế độ trình duyệt: npm run web',
  );
  process.exit(r.status ?? 1);
}
