import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/open';
import { listAudit, record, setAuditUserProvider } from '../../electron/audit/repo';
import { tempDir } from '../helpers/tmp';

const open = (): Db => openDatabase(path.join(tempDir(), 'audit.sqlite'));

describe('audit log', () => {
  afterEach(() => setAuditUserProvider(null));

  it('records what, when and which OS user, newest first', () => {
    const db = open();
    setAuditUserProvider(() => 'vanthu-test');
    record(db, { action: 'create', entity: 'incoming', entityId: 7, detail: { arrivalNumber: 1 } }, { at: '2026-01-02T03:04:05.000Z' });
    record(db, { action: 'update', entity: 'incoming', entityId: 7, detail: 'đổi trạng thái' });
    const rows = listAudit(db, { entity: 'incoming', entityId: 7 });
    expect(rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(rows[1]).toMatchObject({ at: '2026-01-02T03:04:05.000Z', osUser: 'vanthu-test', entityId: '7', detail: '{"arrivalNumber":1}' });
    expect(rows[0]!.detail).toBe('đổi trạng thái');
    db.close();
  });

  it('uses the real OS user by default', () => {
    const db = open();
    record(db, { action: 'x', entity: 'y' });
    expect(listAudit(db)[0]!.osUser.length).toBeGreaterThan(0);
    db.close();
  });

  it('is append-only: UPDATE and DELETE are refused by triggers', () => {
    const db = open();
    const id = record(db, { action: 'create', entity: 'unit', entityId: 1 });
    expect(() => db.prepare('UPDATE audit_log SET action = ? WHERE id = ?').run('hacked', id)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = ?').run(id)).toThrow(/append-only/);
    expect(listAudit(db)[0]!.action).toBe('create');
    db.close();
  });

  it('is rolled back with the transaction it belongs to', () => {
    const db = open();
    expect(() =>
      db.transaction(() => {
        record(db, { action: 'create', entity: 'unit' });
        throw new Error('boom');
      })(),
    ).toThrow('boom');
    expect(listAudit(db)).toEqual([]);
    db.close();
  });
});
