import type { Db } from './open';

/**
 * Copies the open database to `file` with SQLite's online backup, all remaining pages in one step after
 * the first (0x7fffffff is the largest count better-sqlite3 accepts; -1 would be clamped to 0). A write
 * from another connection between steps restarts the copy, and a step sized by the page count seen
 * before that write leaves pages over, so a busy writer (another window, the CLI) could restart a
 * stepped copy forever. One step reads one consistent snapshot.
 */
export async function snapshotTo(db: Db, file: string): Promise<void> {
  await db.backup(file, { progress: () => 0x7fffffff });
}
