// `npm start`: build, then launch Electron. Where the Electron binary cannot be had (no network,
// as on our build machines), say so and point to the browser mode.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const b = spawnSync(process.execPath, [path.join(root, 'electron/scripts/build.mjs')], { stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);

const electronDir = path.join(root, 'node_modules', 'electron');
const noElectron = (why) => {
  console.error(
    `\nKhông khởi động được ứng dụng desktop: ${why}\n` +
      'Bản Electron chưa được tải về (máy không có mạng hoặc bị chặn).\n' +
      'Hãy dùng chế độ trình duyệt với cùng giao diện và dữ liệu:\n\n    npm run web\n',
  );
  process.exit(1);
};
if (!fs.existsSync(electronDir)) noElectron('thiếu gói electron trong node_modules.');

let binary;
try {
  // Electron >= 42 downloads its binary on first use; this throws when the download fails.
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], { cwd: root, encoding: 'utf8', timeout: 120000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    // Keep the lines that say what went wrong (fetch failed, install failed), not the stack.
    const lines = (r.stderr || '').split('\n').map((l) => l.trim());
    const why = lines.filter((l) => /Error|failed|ENOTFOUND|EAI_AGAIN/i.test(l) && !/^(at |throw )/.test(l)).slice(0, 2).join(' — ');
    throw new Error(why || 'tải Electron thất bại');
  }
  binary = r.stdout.trim();
  if (!binary || !fs.existsSync(binary)) throw new Error('không tìm thấy tệp chạy Electron');
} catch (e) {
  noElectron(e instanceof Error ? e.message : String(e));
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
