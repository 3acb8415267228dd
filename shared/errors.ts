// Error codes shared by every layer. Messages are Vietnamese and meant for the user;
// details for developers go to logs, never over IPC.
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'IO', 'UNAUTHORIZED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type AppErrorShape = { code: ErrorCode; message: string; details?: string[] };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: string[] | undefined;
  constructor(code: ErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  toShape(): AppErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}


export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
