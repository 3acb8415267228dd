// Atomic small-file writes: a temp file in the same folder, fsync, then rename over the target,
// so a crash leaves either the old or the new content, never half of one.
import fs from 'node:fs';
import path from 'node:path';

let tmpSerial = 0;

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  // pid + time + serial is unique ('wx' refuses a clash); node:crypto would cost a cold CLI several ms.
  tmpSerial += 1;
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}-${tmpSerial}.tmp`);
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  // Persist the rename itself where the platform allows opening a directory.
  try {
    const dfd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}

/** Reads a JSON file, or null when it does not exist. Other errors propagate. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return JSON.parse(text) as unknown;
}
