// Append-only audit log (migration 0020). Call `record` inside the same transaction as the change
// it describes, so a rolled-back change leaves no audit row and a committed one always has one.
import os from 'node:os';
import type { Db } from '../db/open';

export type AuditEntry = {
  /** Verb, e.g. 'create', 'update', 'delete', 'issue', 'void', 'restore'. */
  action: string;
  /** Table or domain, e.g. 'incoming', 'outgoing', 'unit'. */
  entity: string;
  entityId?: number | string | null;
  /** Free text or any JSON-serialisable value (stored as JSON text). */
  detail?: unknown;
};

export type AuditRow = {
  id: number;
  at: string;
  osUser: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: string | null;
};

export type AuditOptions = { user?: string; at?: string };

const systemUser = (): string => {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    // userInfo throws when the uid has no passwd entry (some containers); never block a write for it.
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
};

let cachedUser: string | undefined;
// The OS user does not change while the process runs; asking the OS per row is measurable in bulk imports.
const defaultUser = () => (cachedUser ??= systemUser());
let userProvider: () => string = defaultUser;

/** Tests (and the CLI, if ever needed) can replace where the OS user name comes from. */
export function setAuditUserProvider(fn: (() => string) | null): void {
  userProvider = fn ?? defaultUser;
}

/** The OS user written into append-only logs (audit_log, incoming_progress). */
export const currentUser = (): string => userProvider();

const statements = new WeakMap<Db, { insert: ReturnType<Db['prepare']> }>();
const stmts = (db: Db) => {
  let s = statements.get(db);
  if (!s) {
    s = {
      insert: db.prepare(
        `INSERT INTO audit_log (at, os_user, action, entity, entity_id, detail) VALUES (@at, @user, @action, @entity, @entityId, @detail)`,
      ),
    };
    statements.set(db, s);
  }
  return s;
};

/** Appends one audit row and returns its id. */
export function record(db: Db, entry: AuditEntry, opts: AuditOptions = {}): number {
  const detail = entry.detail === undefined || entry.detail === null ? null : typeof entry.detail === 'string' ? entry.detail : JSON.stringify(entry.detail);
  const info = stmts(db).insert.run({
    at: opts.at ?? new Date().toISOString(),
    user: opts.user ?? userProvider(),
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    detail,
  });
  return Number(info.lastInsertRowid);
}

type RawAuditRow = { id: number; at: string; os_user: string; action: string; entity: string; entity_id: string | null; detail: string | null };

/** Newest first; filter by entity and optionally one record. */
export function listAudit(db: Db, filter: { entity?: string; entityId?: number | string; limit?: number } = {}): AuditRow[] {
  const where: string[] = [];
  const params: Record<string, string | number> = { limit: Math.min(Math.max(filter.limit ?? 100, 1), 10_000) };
  if (filter.entity !== undefined) {
    where.push('entity = @entity');
    params.entity = filter.entity;
  }
  if (filter.entityId !== undefined) {
    where.push('entity_id = @entityId');
    params.entityId = String(filter.entityId);
  }
  const sql = `SELECT * FROM audit_log ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT @limit`;
  return db
    .prepare<Record<string, string | number>, RawAuditRow>(sql)
    .all(params)
    .map((r) => ({ id: r.id, at: r.at, osUser: r.os_user, action: r.action, entity: r.entity, entityId: r.entity_id, detail: r.detail }));
}
