// Keeps incoming_fts (contentless FTS5 over folded text) in step with `incoming`. Always called
// inside the transaction that writes the record, so the index can never disagree with the table.
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { foldKeepingOffsets } from './searchFold';

export type IndexedFields = {
  subject: string;
  number: string;
  issuer: string;
  docType: string;
  receiver: string;
  handler: string;
  notes: string;
  fullText: string;
};

/** bm25 weights for (subject, meta, body): a word in the subject counts most. */
export const BM25_WEIGHTS = '8.0, 3.0, 1.0';

const statements = new WeakMap<Db, { insert: Statement<[number, string, string, string]>; remove: Statement<[number]> }>();
const stmts = (db: Db) => {
  let s = statements.get(db);
  if (!s) {
    s = {
      insert: db.prepare<[number, string, string, string]>(`INSERT INTO incoming_fts (rowid, subject, meta, body) VALUES (?, ?, ?, ?)`),
      remove: db.prepare<[number]>(`DELETE FROM incoming_fts WHERE rowid = ?`),
    };
    statements.set(db, s);
  }
  return s;
};

/**
 * The folded copy written to the index: foldVietnamese, character by character through a lookup
 * table (foldKeepingOffsets). Same tokens as foldVietnamese (test/electron/search.test.ts checks
 * every Vietnamese letter), but plain-ASCII input also makes the FTS5 tokenizer about twice as
 * fast as feeding it accented text — together they halve the cost of indexing a document.
 */
export const foldForIndex = foldKeepingOffsets;

export function indexIncoming(db: Db, regKey: number, f: IndexedFields): void {
  const meta = [f.number, f.issuer, f.docType, f.receiver, f.handler, f.notes].join('\n');
  stmts(db).insert.run(regKey, foldForIndex(f.subject), foldForIndex(meta), foldForIndex(f.fullText));
}

export function unindexIncoming(db: Db, regKey: number): void {
  stmts(db).remove.run(regKey);
}

export function reindexIncoming(db: Db, regKey: number, f: IndexedFields): void {
  unindexIncoming(db, regKey);
  indexIncoming(db, regKey, f);
}
