// SQL only: incoming, incoming_attachment, incoming_reply (migration 0022).
import type { Db } from '../db/open';
import type { AttachmentMeta, IncomingFields, IncomingRecord, IncomingRow } from '../../shared/domain/incoming';
import type { ParsedFields } from '../../shared/domain/intake';

export type IncomingDbRow = {
  id: number;
  arrival_year: number;
  arrival_number: number;
  reg_key: number;
  arrival_date: string;
  issuer: string;
  number: string;
  doc_date: string | null;
  doc_type: string;
  type_code: string | null;
  subject: string;
  receiver: string;
  handover_date: string | null;
  signature: string;
  notes: string;
  secrecy: IncomingFields['secrecy'];
  urgency: IncomingFields['urgency'];
  deadline: string | null;
  handler: string;
  status: IncomingFields['status'];
  full_text: string;
  parent_body: string;
  issuer_line: string;
  issuer_code: string;
  serial: number | null;
  place: string;
  signer_name: string;
  signer_title: string;
  signing_authority: string;
  addressees: string;
  distribution: string;
  parse_confidence: string | null;
  text_source: 'text' | 'ocr' | 'typed';
  created_at: string;
  updated_at: string;
};

/** Columns of a list row: everything but the (large) full text. */
export const ROW_COLUMNS =
  'i.id, i.arrival_year, i.arrival_number, i.reg_key, i.arrival_date, i.issuer, i.number, i.doc_date, i.doc_type, i.type_code, i.subject, i.receiver, i.secrecy, i.urgency, i.deadline, i.handler, i.status';

export type ListDbRow = Pick<
  IncomingDbRow,
  'id' | 'arrival_year' | 'arrival_number' | 'reg_key' | 'arrival_date' | 'issuer' | 'number' | 'doc_date' | 'doc_type' | 'type_code' | 'subject' | 'receiver' | 'secrecy' | 'urgency' | 'deadline' | 'handler' | 'status'
>;

/** The columns a list row and a full record share. */
const commonFields = (r: ListDbRow) => ({
  arrivalDate: r.arrival_date,
  issuer: r.issuer,
  number: r.number,
  docDate: r.doc_date,
  docType: r.doc_type,
  typeCode: r.type_code,
  subject: r.subject,
  receiver: r.receiver,
  secrecy: r.secrecy,
  urgency: r.urgency,
  deadline: r.deadline,
  handler: r.handler,
  status: r.status,
});

export const toRow = (r: ListDbRow): IncomingRow => ({ id: r.id, arrivalYear: r.arrival_year, arrivalNumber: r.arrival_number, ...commonFields(r) });

/** The editable fields of a stored record. */
export const toFields = (r: IncomingDbRow): IncomingFields => ({
  ...commonFields(r),
  handoverDate: r.handover_date,
  signature: r.signature,
  notes: r.notes,
  fullText: r.full_text,
});

/** Column values of a record, as bound parameters. */
export type IncomingColumns = Omit<IncomingFields, never> & { issuerKey: string; dupKey: string | null };

type ReferenceRow = { number: string | null; ref_date: string | null; issuer: string | null; subject: string | null };
const lines = (s: string) => (s ? s.split('\n') : []);

/** The parser's columns (0090); a record typed by hand has none (parse_confidence NULL). */
function toParsed(r: IncomingDbRow, refs: ReferenceRow[]): ParsedFields | null {
  if (r.parse_confidence === null) return null;
  return {
    parentBody: r.parent_body,
    issuerLine: r.issuer_line,
    issuerCode: r.issuer_code,
    serial: r.serial,
    place: r.place,
    signerName: r.signer_name,
    signerTitle: r.signer_title,
    signingAuthority: r.signing_authority,
    addressees: lines(r.addressees),
    distribution: lines(r.distribution),
    references: refs.map((x) => ({ number: x.number, date: x.ref_date, issuer: x.issuer, subject: x.subject })),
    confidence: JSON.parse(r.parse_confidence) as ParsedFields['confidence'],
    textSource: r.text_source === 'ocr' ? 'ocr' : 'text',
  };
}

type AttachmentRow = { id: number; file_name: string; mime: string; size: number; sha256: string; created_at: string };
const toMeta = (r: AttachmentRow): AttachmentMeta => ({ id: r.id, fileName: r.file_name, mime: r.mime, size: r.size, sha256: r.sha256, createdAt: r.created_at });

export function createIncomingRepo(db: Db) {
  const nextNumber = db.prepare<[number], { n: number }>(`SELECT coalesce(max(arrival_number), 0) + 1 AS n FROM incoming WHERE arrival_year = ?`);
  const numberTaken = db.prepare<[number, number], { id: number }>(`SELECT id FROM incoming WHERE arrival_year = ? AND arrival_number = ?`);
  const insert = db.prepare(
    `INSERT INTO incoming (arrival_year, arrival_number, arrival_date, issuer, issuer_key, number, doc_date, doc_type, type_code, subject, receiver,
       handover_date, signature, notes, secrecy, urgency, deadline, handler, status, full_text, dup_key, created_at, updated_at,
       parent_body, issuer_line, issuer_code, serial, place, signer_name, signer_title, signing_authority, addressees, distribution, parse_confidence,
       text_source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReference = db.prepare(`INSERT INTO incoming_reference (incoming_id, position, number, ref_date, issuer, subject) VALUES (?, ?, ?, ?, ?, ?)`);
  const references = db.prepare<[number], ReferenceRow>(`SELECT number, ref_date, issuer, subject FROM incoming_reference WHERE incoming_id = ? ORDER BY position`);
  const update = db.prepare(
    `UPDATE incoming SET arrival_date = @arrivalDate, issuer = @issuer, issuer_key = @issuerKey, number = @number, doc_date = @docDate,
       doc_type = @docType, type_code = @typeCode, subject = @subject, receiver = @receiver, handover_date = @handoverDate,
       signature = @signature, notes = @notes, secrecy = @secrecy, urgency = @urgency, deadline = @deadline, handler = @handler,
       status = @status, full_text = @fullText, dup_key = @dupKey, updated_at = @now
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const byId = db.prepare<[number], IncomingDbRow>(`SELECT * FROM incoming WHERE id = ? AND deleted_at IS NULL`);
  const byDupKey = db.prepare<[string, number], IncomingDbRow>(
    `SELECT * FROM incoming WHERE dup_key = ? AND deleted_at IS NULL AND id <> ? ORDER BY reg_key LIMIT 1`,
  );
  const addCount = db.prepare(
    `INSERT INTO incoming_count (arrival_year, status, n) VALUES (?, ?, ?) ON CONFLICT (arrival_year, status) DO UPDATE SET n = n + excluded.n`,
  );
  const softDelete = db.prepare(`UPDATE incoming SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`);
  const setStatus = db.prepare(`UPDATE incoming SET status = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`);

  const attachments = db.prepare<[number], AttachmentRow>(
    `SELECT id, file_name, mime, size, sha256, created_at FROM incoming_attachment WHERE incoming_id = ? AND deleted_at IS NULL ORDER BY id`,
  );
  const attachmentBySha = db.prepare<[number, string], AttachmentRow>(
    `SELECT id, file_name, mime, size, sha256, created_at FROM incoming_attachment WHERE incoming_id = ? AND sha256 = ? AND deleted_at IS NULL`,
  );
  const attachmentData = db.prepare<[number], AttachmentRow & { data: Buffer; incoming_id: number }>(
    `SELECT a.* FROM incoming_attachment a JOIN incoming i ON i.id = a.incoming_id WHERE a.id = ? AND a.deleted_at IS NULL AND i.deleted_at IS NULL`,
  );
  const pdfAttachments = db.prepare<[number], { file_name: string; data: Buffer }>(
    `SELECT file_name, data FROM incoming_attachment WHERE incoming_id = ? AND deleted_at IS NULL
       AND (mime = 'application/pdf' OR lower(file_name) LIKE '%.pdf') ORDER BY id`,
  );
  const insertAttachment = db.prepare(
    `INSERT INTO incoming_attachment (incoming_id, file_name, mime, size, sha256, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const removeAttachment = db.prepare(`UPDATE incoming_attachment SET deleted_at = ? WHERE id = ? AND incoming_id = ? AND deleted_at IS NULL`);
  const replies = db.prepare<[number], { outgoing_id: number }>(`SELECT outgoing_id FROM incoming_reply WHERE incoming_id = ? ORDER BY outgoing_id`);
  const clearReplies = db.prepare(`DELETE FROM incoming_reply WHERE incoming_id = ?`);
  const insertReply = db.prepare(`INSERT INTO incoming_reply (incoming_id, outgoing_id, created_at) VALUES (?, ?, ?)`);

  const hydrate = (r: IncomingDbRow): IncomingRecord => ({
    ...toRow(r),
    handoverDate: r.handover_date,
    signature: r.signature,
    notes: r.notes,
    fullText: r.full_text,
    attachments: attachments.all(r.id).map(toMeta),
    replyIds: replies.all(r.id).map((x) => x.outgoing_id),
    parsed: toParsed(r, r.parse_confidence === null ? [] : references.all(r.id)),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

  const outgoingById = db.prepare<[number], { one: number }>(`SELECT 1 AS one FROM outgoing_document WHERE id = ?`);

  return {
    /** Reply links point at outgoing documents; checked here because the link table has no FK (see 0022). */
    outgoingExists: (id: number) => outgoingById.get(id) !== undefined,
    nextNumber: (year: number) => nextNumber.get(year)!.n,
    isNumberTaken: (year: number, n: number) => numberTaken.get(year, n) !== undefined,
    // Positional parameters: no per-row copy of the record into a named-parameter object (bulk imports).
    insert(c: IncomingColumns & { arrivalYear: number; arrivalNumber: number }, p: ParsedFields | null, now: string): number {
      const id = Number(
        insert.run(
          c.arrivalYear, c.arrivalNumber, c.arrivalDate, c.issuer, c.issuerKey, c.number, c.docDate, c.docType, c.typeCode, c.subject, c.receiver,
          c.handoverDate, c.signature, c.notes, c.secrecy, c.urgency, c.deadline, c.handler, c.status, c.fullText, c.dupKey, now, now,
          p?.parentBody ?? '', p?.issuerLine ?? '', p?.issuerCode ?? '', p?.serial ?? null, p?.place ?? '', p?.signerName ?? '', p?.signerTitle ?? '',
          p?.signingAuthority ?? '', p ? p.addressees.join('\n') : '', p ? p.distribution.join('\n') : '', p ? JSON.stringify(p.confidence) : null,
          p ? p.textSource : 'typed',
        ).lastInsertRowid,
      );
      p?.references.forEach((x, i) => insertReference.run(id, i, x.number, x.date, x.issuer, x.subject));
      return id;
    },
    update: (id: number, cols: IncomingColumns, now: string) => update.run({ ...cols, id, now }).changes > 0,
    findRaw: (id: number) => byId.get(id) ?? null,
    find(id: number): IncomingRecord | null {
      const r = byId.get(id);
      return r ? hydrate(r) : null;
    },
    findByDupKey(key: string, excludeId = 0): IncomingRecord | null {
      const r = byDupKey.get(key, excludeId);
      return r ? hydrate(r) : null;
    },
    /** Inserted records per (year, status): the service adds them here (0024); updates/deletes use triggers. */
    addCounts(counts: ReadonlyMap<string, number>) {
      for (const [key, n] of counts) {
        const [year, status] = key.split('|');
        addCount.run(Number(year), status, n);
      }
    },
    softDelete: (id: number, now: string) => softDelete.run(now, now, id).changes > 0,
    setStatus: (id: number, status: IncomingFields['status'], now: string) => setStatus.run(status, now, id).changes > 0,
    attachmentBySha: (incomingId: number, sha: string) => {
      const r = attachmentBySha.get(incomingId, sha);
      return r ? toMeta(r) : null;
    },
    insertAttachment: (incomingId: number, a: { fileName: string; mime: string; sha256: string; data: Uint8Array }, now: string) =>
      Number(insertAttachment.run(incomingId, a.fileName, a.mime, a.data.byteLength, a.sha256, a.data, now).lastInsertRowid),
    removeAttachment: (incomingId: number, attachmentId: number, now: string) => removeAttachment.run(now, attachmentId, incomingId).changes > 0,
    pdfAttachments: (incomingId: number) => pdfAttachments.all(incomingId).map((r) => ({ name: r.file_name, bytes: new Uint8Array(r.data) })),
    attachment(id: number) {
      const r = attachmentData.get(id);
      return r ? { ...toMeta(r), incomingId: r.incoming_id, data: r.data } : null;
    },
    setReplies(incomingId: number, outgoingIds: readonly number[], now: string) {
      clearReplies.run(incomingId);
      for (const o of outgoingIds) insertReply.run(incomingId, o, now);
    },
  };
}
