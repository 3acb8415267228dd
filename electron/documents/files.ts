// Files the CLI reads and writes for documents, with Vietnamese errors; the writing itself is the one
// atomic write (electron/shell/atomicFile.ts): a reader never sees half a file.
import { AppError } from '../../shared/errors';
import { readJsonFile as readJson, writeFileAtomic as write } from '../shell/atomicFile';

export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  try {
    write(file, bytes);
  } catch (e) {
    throw new AppError('IO', `Không ghi được tệp ${file}: ${(e as Error).message}`);
  }
}

export function readJsonFile(file: string): unknown {
  let value: unknown;
  try {
    value = readJson(file);
  } catch (e) {
    if (e instanceof SyntaxError) throw new AppError('VALIDATION', `Tệp ${file} không phải JSON hợp lệ.`);
    throw new AppError('IO', `Không đọc được tệp ${file}.`);
  }
  if (value === null) throw new AppError('IO', `Không đọc được tệp ${file}.`);
  return value;
}
