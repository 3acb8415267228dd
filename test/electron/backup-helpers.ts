// Shared by the backup tests: a populated app context and a content hash of every table.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openAppContext, type AppContext } from '../../electron/context';
import { createOutgoingService } from '../../electron/outgoing/service';
import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import { tempDir } from '../helpers/tmp';

/** {table: {rows, hash}} over every table, rows sorted, blobs as hex: equal maps mean equal content. */
export function tableHashes(db: Database.Database): Record<string, { rows: number; hash: string }> {
  const tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all();
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? `hex:${v.toString('hex')}` : v)))
      .sort();
    out[name] = { rows: rows.length, hash: createHash('sha256').update(rows.join('\n')).digest('hex') };
  }
  return out;
}

export type Clocked = AppContext & { dir: string; dbFile: string; setNow: (iso: string) => void };

export function openClocked(now = '2023-07-12T08:00:00Z', dir = tempDir()): Clocked {
  let t = new Date(now);
  const dbFile = path.join(dir, 'vanthu.sqlite');
  const ctx = openAppContext({ dataDir: dir, dbFile, clock: () => t });
  return { ...ctx, dir, dbFile, setNow: (iso) => (t = new Date(iso)) };
}

/** Profile, outgoing documents with stored DOCX/PDF blobs (fake renderer), a voided one, a counter start value. */
export async function populate(ctx: AppContext, n = 20, setStart = true): Promise<void> {
  const { key: _k, label: _l, ...profile } = SAMPLE_PROFILES[0]!;
  const saved = await ctx.dispatch('profile:save', profile);
  if (!saved.ok) throw new Error(saved.error.message);
  const s = ctx.services;
  const withFiles = createOutgoingService({
    db: s.db,
    clock: s.clock,
    profile: s.profile,
    render: () => (req) => ({ docx: new TextEncoder().encode(`DOCX ${req.number.symbol}`), pdf: new TextEncoder().encode(`%PDF ${req.number.symbol}`) }),
  });
  if (setStart) s.outgoing.counters.setNext({ typeCode: 'CV', secret: false, next: 65 });
  for (let i = 0; i < n; i++) {
    await withFiles.issue({
      typeCode: i % 2 ? 'CV' : 'TB',
      subject: `Văn bản thử số ${i + 1} — Đảng ủy`,
      signerName: 'Nguyễn Trung Châu',
      signerTitle: 'PHÓ TRƯỞNG BAN',
      addressees: '- Các chi bộ',
      distribution: '- Như trên,\n- Lưu VT.',
      copies: 5,
      secrecy: i === 3 ? 'Mật' : '',
      urgency: '',
      incomingId: null,
      templateId: 'forwarding-letter',
      templateData: { body: `Nội dung ${i}` },
      notes: '',
    });
  }
  if (setStart) s.outgoing.void(1, 'Hủy để thử');
}
