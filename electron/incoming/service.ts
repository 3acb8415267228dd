// Rules of the incoming register: arrival numbers from 1 each calendar year allocated inside the
// write transaction (BEGIN IMMEDIATE, so two processes queue instead of racing), duplicate
// registrations refused unless confirmed, attachments deduplicated by sha256 within a record,
// search index and audit log written in the same transaction as the record.
import crypto from 'node:crypto';
import { ZodError } from 'zod';
import type { Db } from '../db/open';
import { AppError } from '../../shared/errors';
import { cleanText, nameKey } from '../../shared/text/normalize';
import {
  duplicateCheckSchema,
  incomingCreateSchema,
  incomingListSchema,
  incomingUpdateSchema,
  type Attachment,
  type DuplicateCheck,
  type IncomingCreateData,
  type IncomingCreateInput,
  type IncomingFields,
  type IncomingListInput,
  type IncomingRecord,
  type IncomingStatus,
  type IncomingUpdateInput,
  type AttachmentInput,
} from '../../shared/domain/incoming';
import { todayIn } from '../../shared/text/today';
import { record } from '../audit/repo';
import { indexIncoming, reindexIncoming, unindexIncoming } from './fts';
import { createIncomingSearch } from './search';
import { createIncomingRepo, toFields, type IncomingColumns } from './repo';
import { stepRefusal } from './handlingRepo';

/** Same document = same number, issuer and date, compared folded ("Số 369-CV/BTGTU" ≡ "369 - CV/BTGTU"). */
export function duplicateKey(number: string, issuer: string, docDate: string | null): string | null {
  return dupKeyOf(nameKey(number), nameKey(issuer), docDate);
}

const dupKeyOf = (numberKey: string, issuerKey: string, docDate: string | null): string | null => {
  const n = numberKey.replace(/^so /, '');
  return n ? `${n}|${issuerKey}|${docDate ?? ''}` : null;
};

/** nameKey of issuers seen earlier in the same batch: a bulk import names a handful of issuers thousands of times. */
type KeyCache = Map<string, string>;
const issuerKeyOf = (issuer: string, cache?: KeyCache): string => {
  let k = cache?.get(issuer);
  if (k === undefined) {
    k = nameKey(issuer);
    if (cache && cache.size < 1000) cache.set(issuer, k);
  }
  return k;
};

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

const clean = (f: IncomingFields): IncomingFields => ({
  ...f,
  issuer: cleanText(f.issuer),
  number: cleanText(f.number),
  docType: cleanText(f.docType),
  typeCode: f.typeCode ? cleanText(f.typeCode) : null,
  subject: cleanText(f.subject),
  receiver: cleanText(f.receiver),
  signature: cleanText(f.signature),
  notes: cleanText(f.notes),
  handler: cleanText(f.handler),
  fullText: cleanText(f.fullText),
});

const columns = (f: IncomingFields, keys?: KeyCache): IncomingColumns => {
  const issuerKey = issuerKeyOf(f.issuer, keys);
  return { ...f, issuerKey, dupKey: dupKeyOf(nameKey(f.number), issuerKey, f.docDate) };
};


const duplicateError = (existing: IncomingRecord) =>
  new AppError(
    'CONFLICT',
    `Văn bản này đã được vào sổ: số đến ${existing.arrivalNumber}/${existing.arrivalYear}, ngày đến ${existing.arrivalDate}` +
      ` (${existing.number} của ${existing.issuer || 'không rõ cơ quan'}). Nếu đúng là cần vào sổ lần nữa, hãy xác nhận.`,
  );

export function createIncomingService(db: Db, clock: () => Date) {
  const repo = createIncomingRepo(db);
  const search = createIncomingSearch(db);
  const now = () => clock().toISOString();

  function addAttachments(incomingId: number, list: readonly AttachmentInput[], at: string): number[] {
    const added: number[] = [];
    for (const a of list) {
      const data = Buffer.from(a.dataBase64, 'base64');
      const sha256 = crypto.createHash('sha256').update(data).digest('hex');
      // Same bytes twice in one record (e.g. the file attached again): keep the first copy only.
      if (repo.attachmentBySha(incomingId, sha256)) continue;
      added.push(repo.insertAttachment(incomingId, { fileName: a.fileName.normalize('NFC'), mime: a.mime ?? 'application/octet-stream', sha256, data }, at));
    }
    return added;
  }

  function setReplies(id: number, replyIds: readonly number[], at: string) {
    const unique = [...new Set(replyIds)];
    for (const o of unique) if (!repo.outgoingExists(o)) throw new AppError('NOT_FOUND', `Không tìm thấy văn bản đi (mã ${o}) để liên kết trả lời.`);
    repo.setReplies(id, unique, at);
  }

  type Prepared = { data: IncomingCreateData; f: IncomingFields; cols: IncomingColumns; year: number; arrivalNumber: number | undefined };

  /** Validation and refusals; writes nothing, so a refused item in a batch needs no rollback. */
  function prepare(input: IncomingCreateInput, batchKeys?: Set<string>, issuerKeys?: KeyCache): Prepared {
    const data = incomingCreateSchema.parse(input);
    const f = clean({ ...data, arrivalDate: data.arrivalDate ?? todayIn(clock()) });
    const cols = columns(f, issuerKeys);
    if (cols.dupKey && !data.allowDuplicate) {
      const existing = repo.findByDupKey(cols.dupKey);
      if (existing) throw duplicateError(existing);
      if (batchKeys?.has(cols.dupKey)) throw new AppError('CONFLICT', `Văn bản ${f.number} của ${f.issuer || 'không rõ cơ quan'} có hai lần trong cùng đợt nhập.`);
    }
    const year = yearOf(f.arrivalDate);
    if (year < 1900 || year > 2999) throw new AppError('VALIDATION', `Ngày đến ${f.arrivalDate} không hợp lệ.`);
    if (data.arrivalNumber !== undefined && repo.isNumberTaken(year, data.arrivalNumber)) {
      throw new AppError('CONFLICT', `Số đến ${data.arrivalNumber} của năm ${year} đã được dùng.`);
    }
    return { data, f, cols, year, arrivalNumber: data.arrivalNumber };
  }

  /** Writes one prepared record with its attachments, index entry and audit row; returns its id. */
  function write(p: Prepared, arrivalNumber: number, at: string): number {
    const id = repo.insert({ ...p.cols, arrivalYear: p.year, arrivalNumber }, p.data.parsed, at);
    const attachmentIds = addAttachments(id, p.data.attachments, at);
    indexIncoming(db, p.year * 10_000_000 + arrivalNumber, p.f);
    record(db, { action: 'create', entity: 'incoming', entityId: id, detail: { arrivalYear: p.year, arrivalNumber, number: p.f.number, attachments: attachmentIds.length } }, { at });
    return id;
  }

  const createTx = db.transaction((input: IncomingCreateInput): IncomingRecord => {
    const p = prepare(input);
    const id = write(p, p.arrivalNumber ?? repo.nextNumber(p.year), now());
    repo.addCounts(new Map([[`${p.year}|${p.f.status}`, 1]]));
    return repo.find(id)!;
  });

  type BatchResult = { ok: true; id: number; arrivalYear: number; arrivalNumber: number } | { ok: false; code: string; message: string };
  const batchTx = db.transaction((inputs: readonly IncomingCreateInput[]): BatchResult[] => {
    const at = now();
    const next = new Map<number, number>();
    const keys = new Set<string>();
    const explicit = new Set<number>();
    const counts = new Map<string, number>();
    const issuerKeys: KeyCache = new Map();
    const results = inputs.map((input): BatchResult => {
      let p: Prepared;
      try {
        p = prepare(input, keys, issuerKeys);
      } catch (e) {
        if (e instanceof AppError) return { ok: false, code: e.code, message: e.message };
        if (e instanceof ZodError) return { ok: false, code: 'VALIDATION', message: `Dữ liệu không hợp lệ: ${e.issues.map((i) => i.path.join('.')).join(', ')}` };
        throw e;
      }
      if (p.cols.dupKey) keys.add(p.cols.dupKey);
      // Numbers handed out in this batch are not yet visible to max(); track them here.
      let n = p.arrivalNumber;
      if (n === undefined) {
        n = next.get(p.year) ?? repo.nextNumber(p.year);
        // A number given by hand earlier in this batch may sit above the allocator: skip it.
        while (explicit.has(p.year * 10_000_000 + n)) n++;
        next.set(p.year, n + 1);
      } else {
        explicit.add(p.year * 10_000_000 + n);
        next.set(p.year, Math.max(next.get(p.year) ?? repo.nextNumber(p.year), n + 1));
      }
      const countKey = `${p.year}|${p.f.status}`;
      counts.set(countKey, (counts.get(countKey) ?? 0) + 1);
      // Any error from here on is unexpected and rolls back the whole batch: never half a batch.
      return { ok: true, id: write(p, n, at), arrivalYear: p.year, arrivalNumber: n };
    });
    repo.addCounts(counts);
    return results;
  });

  const updateTx = db.transaction((input: IncomingUpdateInput & { allowDuplicate?: boolean }): IncomingRecord => {
    const { allowDuplicate, ...rest } = input;
    const data = incomingUpdateSchema.parse(rest);
    const current = repo.findRaw(data.id);
    if (!current) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến cần sửa.');
    const { id, addAttachments: add, removeAttachmentIds, replyIds, ...patch } = data;
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<IncomingFields>;
    const f = clean({ ...toFields(current), ...defined });
    if (yearOf(f.arrivalDate) !== current.arrival_year) {
      throw new AppError('VALIDATION', `Số đến đã cấp theo năm ${current.arrival_year}; không thể chuyển ngày đến sang năm khác. Hãy vào sổ lại văn bản.`);
    }
    const cols = columns(f);
    if (cols.dupKey && !allowDuplicate) {
      const existing = repo.findByDupKey(cols.dupKey, id);
      if (existing) throw duplicateError(existing);
    }
    const at = now();
    repo.update(id, cols, at);
    for (const aid of removeAttachmentIds ?? []) {
      if (!repo.removeAttachment(id, aid, at)) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm cần gỡ.');
    }
    const added = add ? addAttachments(id, add, at) : [];
    if (replyIds) setReplies(id, replyIds, at);
    reindexIncoming(db, current.reg_key, f);
    record(db, {
      action: 'update',
      entity: 'incoming',
      entityId: id,
      detail: { fields: Object.keys(defined), addedAttachments: added, removedAttachments: removeAttachmentIds ?? [], replyIds: replyIds ?? null },
    });
    return repo.find(id)!;
  });

  return {
    get(id: number): IncomingRecord {
      const r = repo.find(id);
      if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
      return r;
    },
    create: (input: IncomingCreateInput) => createTx.immediate(input),
    /**
     * Bulk registration in ONE transaction. Refused items (duplicates, bad data) are reported and not
     * written; the others commit together, so a crash leaves either the whole batch or none of it.
     */
    createBatch: (inputs: readonly IncomingCreateInput[]) => batchTx.immediate(inputs),
    update(input: IncomingUpdateInput & { allowDuplicate?: boolean }): IncomingRecord {
      try {
        return updateTx.immediate(input);
      } catch (e) {
        throw stepRefusal(e);
      }
    },
    /** Steps cannot be skipped (0100 triggers); the handling service moves them with the progress log. */
    setStatus(id: number, status: IncomingStatus): IncomingRecord {
      try {
        return db
          .transaction(() => {
            const before = repo.findRaw(id);
            if (!before || !repo.setStatus(id, status, now())) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến.');
            record(db, { action: 'setStatus', entity: 'incoming', entityId: id, detail: { from: before.status, to: status } });
            return repo.find(id)!;
          })
          .immediate();
      } catch (e) {
        throw stepRefusal(e);
      }
    },
    /** Soft delete: the record leaves the register and the search index; its arrival number is never reused. */
    delete(id: number): void {
      db.transaction(() => {
        const before = repo.findRaw(id);
        if (!before || !repo.softDelete(id, now())) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đến cần xóa.');
        unindexIncoming(db, before.reg_key);
        record(db, { action: 'delete', entity: 'incoming', entityId: id, detail: { arrivalYear: before.arrival_year, arrivalNumber: before.arrival_number } });
      }).immediate();
    },
    checkDuplicate(input: DuplicateCheck): IncomingRecord | null {
      const q = duplicateCheckSchema.parse(input);
      const key = duplicateKey(q.number, q.issuer, q.docDate);
      return key ? repo.findByDupKey(key, q.excludeId ?? 0) : null;
    },
    attachment(id: number): Attachment {
      const a = repo.attachment(id);
      if (!a) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
      return { id: a.id, fileName: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256, createdAt: a.createdAt, dataBase64: Buffer.from(a.data).toString('base64') };
    },
    list: (input: IncomingListInput) => search(incomingListSchema.parse(input)),
    /** The circular's PDF files, to follow an outgoing letter in one exported file. */
    pdfAttachments: (incomingId: number) => repo.pdfAttachments(incomingId),
  };
}
export type IncomingService = ReturnType<typeof createIncomingService>;
