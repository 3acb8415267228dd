import { AppError } from '../../shared/errors';

export class CliUsageError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

export type CliIO = { stdout: (s: string) => void; stderr: (s: string) => void; readStdin: () => Promise<string> };

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  run: (argv: string[], io: CliIO) => Promise<number | void>;
};

/** Requires --db for every command that touches data. */
export function requireDb(db: string | undefined): string {
  if (!db) throw new CliUsageError('Thiếu tham số --db ĐƯỜNG_DẪN (tệp cơ sở dữ liệu).');
  return db;
}

export const printJson = (io: CliIO, value: unknown) => io.stdout(JSON.stringify(value, null, 2) + '\n');
