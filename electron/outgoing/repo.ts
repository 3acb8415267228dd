// SQL only: number_counter, outgoing_document, outgoing_file.
import type { Db } from '../db/open';
import type { NumberCounter, OutgoingDocument, OutgoingFileInfo, OutgoingFileKind, OutgoingSummary, SeriesKey } from '../../shared/domain/outgoing';
import { formatNumberLine } from '../../shared/numbering/format';

type CounterRow = {
  id: number;
  issuer_code: string;
  type_code: string;
  period: string;
  period_label: string;
  policy: 'party' | 'state';
  secret: number;
  next_serial: number;
};
type CounterStatsRow = CounterRow & { issued: number; voided: number; last: number | null };

type DocRow = {
  id: number;
  counter_id: number;
  serial: number;
  type_code: string;
  issuer_code: string;
  symbol: string;
  number_style: 'party' | 'state';
  doc_date: string;
  subject: string;
  signer_name: string;
  signer_title: string;
  addressees: string;
  distribution: string;
  copies: number;
  secrecy: string;
  urgency: string;
  incoming_id: number | null;
  template_id: string | null;
  template_version: number | null;
  template_data: string | null;
  profile_id: number | null;
  notes: string;
  status: 'issued' | 'void';
  void_reason: string | null;
  voided_at: string | null;
  created_at: string;
  updated_at: string;
};

export type NewOutgoing = {
  counterId: number;
  serial: number;
  typeCode: string;
  issuerCode: string;
  symbol: string;
  numberStyle: 'party' | 'state';
  date: string;
  subject: string;
  signerName: string;
  signerTitle: string;
  addressees: string;
  distribution: string;
  copies: number;
  secrecy: string;
  urgency: string;
  incomingId: number | null;
  templateId: string | null;
  templateVersion: number | null;
  templateData: Record<string, unknown> | null;
  profileId: number | null;
  notes: string;
  searchKey: string;
};

export type NewFile = { kind: OutgoingFileKind; fileName: string; mime: string; data: Uint8Array; sha256: string };

export type ListFilter = {
  terms: string[];
  year?: number | undefined;
  typeCode?: string | undefined;
  status?: 'issued' | 'void' | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

const summary = (r: DocRow): OutgoingSummary => ({
  id: r.id,
  serial: r.serial,
  typeCode: r.type_code,
  issuerCode: r.issuer_code,
  symbol: r.symbol,
  numberLine: formatNumberLine(r.number_style, r.serial, r.type_code, r.issuer_code),
  date: r.doc_date,
  subject: r.subject,
  signerName: r.signer_name,
  addressees: r.addressees,
  copies: r.copies,
  secrecy: r.secrecy,
  urgency: r.urgency,
  status: r.status,
  voidReason: r.void_reason,
  incomingId: r.incoming_id,
});

const counterOut = (r: CounterStatsRow): NumberCounter => ({
  id: r.id,
  issuerCode: r.issuer_code,
  typeCode: r.type_code,
  period: r.period,
  periodLabel: r.period_label,
  policy: r.policy,
  secret: r.secret === 1,
  nextSerial: r.next_serial,
  issuedCount: r.issued,
  voidCount: r.voided,
  lastSerial: r.last,
});

const escapeLike = (t: string) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createOutgoingRepo(db: Db) {
  const keyParams = (k: SeriesKey) => ({ issuer: k.issuerCode, type: k.typeCode, period: k.period, secret: k.secret ? 1 : 0 });
  const counterByKey = db.prepare<ReturnType<typeof keyParams>, CounterRow>(
    `SELECT * FROM number_counter WHERE issuer_code = @issuer AND type_code = @type AND period = @period AND secret = @secret`,
  );
  const insertCounter = db.prepare(
    `INSERT INTO number_counter (issuer_code, type_code, period, period_label, policy, secret, next_serial, created_at, updated_at)
     VALUES (@issuer, @type, @period, @label, @policy, @secret, @next, @now, @now)`,
  );
  const setNextSerial = db.prepare(`UPDATE number_counter SET next_serial = @next, updated_at = @now WHERE id = @id`);
  const maxSerial = db.prepare<{ id: number }, { m: number | null }>(`SELECT max(serial) AS m FROM outgoing_document WHERE counter_id = @id`);
  const statsSql = `SELECT c.*, count(d.id) AS issued, count(CASE WHEN d.status = 'void' THEN 1 END) AS voided, max(d.serial) AS last
     FROM number_counter c LEFT JOIN outgoing_document d ON d.counter_id = c.id`;
  const countersWithStats = db.prepare<[], CounterStatsRow>(`${statsSql} GROUP BY c.id ORDER BY c.issuer_code, c.period DESC, c.secret, c.type_code`);
  const counterStats = db.prepare<{ id: number }, CounterStatsRow>(`${statsSql} WHERE c.id = @id GROUP BY c.id`);
  const insertDoc = db.prepare(
    `INSERT INTO outgoing_document (counter_id, serial, type_code, issuer_code, symbol, number_style, doc_date, subject, signer_name, signer_title,
       addressees, distribution, copies, secrecy, urgency, incoming_id, template_id, template_version, template_data, profile_id, notes, search_key, created_at, updated_at)
     VALUES (@counterId, @serial, @typeCode, @issuerCode, @symbol, @numberStyle, @date, @subject, @signerName, @signerTitle,
       @addressees, @distribution, @copies, @secrecy, @urgency, @incomingId, @templateId, @templateVersion, @templateData, @profileId, @notes, @searchKey, @now, @now)`,
  );
  const insertFile = db.prepare(
    `INSERT INTO outgoing_file (outgoing_id, kind, file_name, mime, size, sha256, data, created_at) VALUES (@id, @kind, @fileName, @mime, @size, @sha256, @data, @now)`,
  );
  const docById = db.prepare<{ id: number }, DocRow>(`SELECT * FROM outgoing_document WHERE id = @id AND deleted_at IS NULL`);
  const filesOf = db.prepare<{ id: number }, OutgoingFileInfo>(
    `SELECT kind, file_name AS fileName, mime, size, sha256 FROM outgoing_file WHERE outgoing_id = @id ORDER BY kind`,
  );
  const fileData = db.prepare<{ id: number; kind: string }, { fileName: string; mime: string; data: Buffer }>(
    `SELECT file_name AS fileName, mime, data FROM outgoing_file WHERE outgoing_id = @id AND kind = @kind`,
  );
  const voidDoc = db.prepare(
    `UPDATE outgoing_document SET status = 'void', void_reason = @reason, voided_at = @now, updated_at = @now WHERE id = @id AND status = 'issued'`,
  );
  // incoming / incoming_reply belong to the incoming register (migration 0022); the reply link is written
  // in the same transaction as the outgoing record so the two registers never disagree.
  const incomingExists = db.prepare<{ id: number }, { one: number }>(`SELECT 1 AS one FROM incoming WHERE id = @id AND deleted_at IS NULL`);
  const linkIncoming = db.prepare(`INSERT OR IGNORE INTO incoming_reply (incoming_id, outgoing_id, created_at) VALUES (@incomingId, @outgoingId, @now)`);
  const registerIds = db.prepare<{ from: string; to: string }, { id: number }>(
    `SELECT id FROM outgoing_document WHERE deleted_at IS NULL AND doc_date >= @from AND doc_date <= @to ORDER BY doc_date, id`,
  );

  const where = (f: ListFilter) => {
    const clauses = ['deleted_at IS NULL'];
    const params: Record<string, string | number> = {};
    f.terms.forEach((t, i) => {
      clauses.push(`search_key LIKE @t${i} ESCAPE '\\'`);
      params[`t${i}`] = escapeLike(t);
    });
    if (f.year !== undefined) {
      clauses.push('doc_date >= @yFrom AND doc_date <= @yTo');
      params.yFrom = `${f.year}-01-01`;
      params.yTo = `${f.year}-12-31`;
    }
    const eq: [keyof ListFilter, string][] = [
      ['typeCode', 'type_code = @typeCode'],
      ['status', 'status = @status'],
      ['from', 'doc_date >= @from'],
      ['to', 'doc_date <= @to'],
    ];
    for (const [name, clause] of eq) {
      const v = f[name];
      if (typeof v === 'string' && v) {
        clauses.push(clause);
        params[name] = v;
      }
    }
    return { sql: clauses.join(' AND '), params };
  };

  const find = (id: number): OutgoingDocument | null => {
    const r = docById.get({ id });
    if (!r) return null;
    return {
      ...summary(r),
      numberStyle: r.number_style,
      signerTitle: r.signer_title,
      distribution: r.distribution,
      templateId: r.template_id,
      templateVersion: r.template_version,
      templateData: r.template_data === null ? null : (JSON.parse(r.template_data) as Record<string, unknown>),
      profileId: r.profile_id,
      notes: r.notes,
      voidedAt: r.voided_at,
      counterId: r.counter_id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      files: filesOf.all({ id }),
    };
  };

  return {
    counterByKey: (k: SeriesKey): CounterRow | undefined => counterByKey.get(keyParams(k)),
    insertCounter: (k: SeriesKey, next: number, now: string): number =>
      Number(insertCounter.run({ ...keyParams(k), label: k.periodLabel, policy: k.policy, next, now }).lastInsertRowid),
    setNextSerial: (id: number, next: number, now: string) => setNextSerial.run({ id, next, now }),
    maxSerial: (counterId: number): number => maxSerial.get({ id: counterId })?.m ?? 0,
    listCounters: (): NumberCounter[] => countersWithStats.all().map(counterOut),
    counter: (id: number): NumberCounter | null => {
      const r = counterStats.get({ id });
      return r ? counterOut(r) : null;
    },
    insertDoc: (d: NewOutgoing, now: string): number =>
      Number(insertDoc.run({ ...d, templateData: d.templateData === null ? null : JSON.stringify(d.templateData), now }).lastInsertRowid),
    insertFile: (outgoingId: number, f: NewFile, now: string) =>
      insertFile.run({ id: outgoingId, kind: f.kind, fileName: f.fileName, mime: f.mime, size: f.data.byteLength, sha256: f.sha256, data: f.data, now }),
    find,
    incomingExists: (id: number): boolean => incomingExists.get({ id }) !== undefined,
    linkIncoming: (incomingId: number, outgoingId: number, now: string) => linkIncoming.run({ incomingId, outgoingId, now }),
    file: (id: number, kind: OutgoingFileKind) => fileData.get({ id, kind }),
    void: (id: number, reason: string, now: string): boolean => voidDoc.run({ id, reason, now }).changes === 1,
    list(f: ListFilter): { rows: OutgoingSummary[]; total: number } {
      const w = where(f);
      const total = db.prepare<Record<string, string | number>, { n: number }>(`SELECT count(*) AS n FROM outgoing_document WHERE ${w.sql}`).get(w.params)!.n;
      const rows = db
        .prepare<Record<string, string | number>, DocRow>(`SELECT * FROM outgoing_document WHERE ${w.sql} ORDER BY doc_date DESC, id DESC LIMIT @limit OFFSET @offset`)
        .all({ ...w.params, limit: f.limit, offset: f.offset });
      return { rows: rows.map(summary), total };
    },
    /** Register rows for a date range, in registration order (the order the văn thư wrote them). */
    register: (from: string, to: string): OutgoingDocument[] => registerIds.all({ from, to }).map((r) => find(r.id)!),
  };
}
