export function strictAssert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

export function missingCaseError(value: never): Error {
  return new Error(`Unhandled case: ${String(value)}`);
}
