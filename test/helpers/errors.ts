import { AppError } from '../../shared/errors';

/** The AppError `f` throws (any other error is rethrown; no error fails the test). */
export function appErrorOf(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}
