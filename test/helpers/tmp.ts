import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh temp folder removed after the test file (call in beforeEach/it). */
export function tempDir(prefix = 'vanthu-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
