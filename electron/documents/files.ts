// Atomic file writes for rendered documents: a temporary name in the same folder, then rename,
// so a reader never sees half a file.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

let tmpSerial = 0;

export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  // pid + time + serial is unique enough for a temporary name; node:crypto would cost a cold CLI
  // several ms to load for it.
  tmpSerial += 1;
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}-${tmpSerial}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new AppError('IO', `Không ghi được tệp ${file}: ${(e as Error).message}`);
  }
}

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new AppError('IO', `Không đọc được tệp ${file}.`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', `Tệp ${file} không phải JSON hợp lệ.`);
  }
}
