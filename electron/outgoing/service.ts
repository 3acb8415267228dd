// Rules and transactions for the outgoing register. The number is taken from its series inside the
// same IMMEDIATE transaction that writes the record (and its rendered files), so two windows or
// processes can never receive the same number, and a failure consumes nothing.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { record } from '../audit/repo';
import { AppError } from '../../shared/errors';
import type { OfficeProfile } from '../../shared/domain/profile';
import {
  seriesKeyFor,
  type IssueInput,
  type NumberCounter,
  type NumberPreview,
  type OutgoingDocument,
  type OutgoingFileKind,
  type SeriesInput,
  type SeriesKey,
} from '../../shared/domain/outgoing';
import { formatNumberLine, formatSymbol } from '../../shared/numbering/format';
import { foldVietnamese } from '../../shared/text/normalize';
import { noProfileError, type ProfileService } from '../profile/service';
import { todayIn } from '../../shared/text/today';
import { createOutgoingRepo, type ListFilter, type NewFile } from './repo';

export type RenderRequest = { templateId: string; templateVersion?: number | null; data: unknown; profile: OfficeProfile; number: NumberPreview; date: string };
export type RenderResult = { docx: Uint8Array; pdf: Uint8Array };
/** Renders an outgoing document (doc-engine's documents service); absent until that service is wired. */
export type RenderFn = (req: RenderRequest) => Promise<RenderResult> | RenderResult;

export type OutgoingDeps = { db: Db; clock: () => Date; profile: ProfileService; render?: () => RenderFn | undefined };

/** Thrown inside the transaction when another writer took the number a document was rendered with. */
class StaleNumber extends Error {}

const MIME: Record<OutgoingFileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const fileStem = (symbol: string) => symbol.replace(/[/\\:*?"<>|]/g, '-');

export function createOutgoingService({ db, clock, profile, render }: OutgoingDeps) {
  const repo = createOutgoingRepo(db);
  const today = () => todayIn(clock());

  /** Profile in force on the date and the series the document falls in; Vietnamese errors otherwise. */
  function resolve(typeCode: string, date: string, secret: boolean): { profile: OfficeProfile; key: SeriesKey } {
    const p = profile.validOn(date);
    if (!p) throw noProfileError(profile, date, 'cấp số văn bản đi');
    const key = seriesKeyFor(p, typeCode, date, secret);
    if ('problem' in key) throw new AppError('VALIDATION', key.problem);
    return { profile: p, key };
  }

  const preview = (key: SeriesKey, serial: number, typeCode: string, date: string): NumberPreview => ({
    serial,
    symbol: formatSymbol(key.policy, serial, typeCode, key.issuerCode),
    numberLine: formatNumberLine(key.policy, serial, typeCode, key.issuerCode),
    issuerCode: key.issuerCode,
    typeCode,
    period: key.period,
    periodLabel: key.periodLabel,
    secret: key.secret,
    date,
  });

  const nextSerial = (key: SeriesKey): number => repo.counterByKey(key)?.next_serial ?? 1;

  /** The whole write: take the number, insert record and files, advance the series, audit. */
  function write(input: IssueInput, date: string, p: OfficeProfile, key: SeriesKey, files: NewFile[] | null, expectSerial: number | null, also?: (id: number) => void): number {
    return db
      .transaction(() => {
        const now = clock().toISOString();
        const counter = repo.counterByKey(key);
        const counterId = counter?.id ?? repo.insertCounter(key, 1, now);
        const serial = counter?.next_serial ?? 1;
        if (expectSerial !== null && serial !== expectSerial) throw new StaleNumber();
        const n = preview(key, serial, input.typeCode, date);
        const id = repo.insertDoc(
          {
            counterId,
            serial,
            typeCode: input.typeCode,
            issuerCode: key.issuerCode,
            symbol: n.symbol,
            numberStyle: key.policy,
            date,
            subject: input.subject,
            signerName: input.signerName,
            signerTitle: input.signerTitle,
            addressees: input.addressees,
            distribution: input.distribution,
            copies: input.copies,
            secrecy: input.secrecy,
            urgency: input.urgency,
            incomingId: input.incomingId,
            templateId: input.templateId,
            templateVersion: input.templateVersion ?? null,
            templateData: input.templateData,
            profileId: p.id,
            notes: input.notes,
            searchKey: foldVietnamese([n.symbol, input.subject, input.signerName, input.addressees, input.notes].join(' ')),
          },
          now,
        );
        if (input.incomingId !== null) {
          if (!repo.incomingExists(input.incomingId)) throw new AppError('VALIDATION', 'Văn bản đến được liên kết không còn trong sổ văn bản đến.');
          repo.linkIncoming(input.incomingId, id, now);
        }
        repo.setNextSerial(counterId, serial + 1, now);
        for (const f of files ?? []) repo.insertFile(id, f, now);
        // Work of the same user intent that must commit or fail with the number (the draft being issued goes).
        also?.(id);
        record(db, { action: 'issue', entity: 'outgoing', entityId: id, detail: { symbol: n.symbol, date } }, { at: now });
        return id;
      })
      .immediate();
  }

  const mustFind = (id: number): OutgoingDocument => {
    const d = repo.find(id);
    if (!d) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản đi này trong sổ.');
    return d;
  };

  return {
    peekNumber(input: SeriesInput): NumberPreview {
      const date = input.date ?? today();
      const { key } = resolve(input.typeCode, date, input.secret);
      return preview(key, nextSerial(key), input.typeCode, date);
    },

    /**
     * Registers an outgoing document and gives it its number. With a template and the renderer wired,
     * the DOCX/PDF are rendered with the number first (outside the transaction, since rendering is
     * async), then written together with the record; if another writer took that number meanwhile,
     * the transaction aborts and the document is rendered again with the new number.
     */
    async issue(input: IssueInput, also?: (id: number) => void): Promise<OutgoingDocument> {
      const date = input.date ?? today();
      const secret = input.secrecy !== '';
      const data: unknown = input.templateData;
      // The register's Kính gửi / Nơi nhận columns come from the document when not given separately.
      const lines = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.join('\n').slice(0, 20_000) : '');
      const body = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
      input = { ...input, addressees: input.addressees || lines(body.addressees), distribution: input.distribution || lines(body.distribution) };
      const { profile: p, key } = resolve(input.typeCode, date, secret);
      const renderer = input.templateId ? render?.() : undefined;
      if (!renderer || !input.templateId) return mustFind(write(input, date, p, key, null, null, also));
      for (let attempt = 0; attempt < 20; attempt++) {
        const number = preview(key, nextSerial(key), input.typeCode, date);
        let out: RenderResult;
        try {
          out = await renderer({ templateId: input.templateId, templateVersion: input.templateVersion, data, profile: p, number, date });
        } catch (e) {
          if (e instanceof AppError) throw e;
          throw new AppError('INTERNAL', `Không tạo được tệp văn bản (${(e as Error).message}). Chưa cấp số, sổ văn bản đi không thay đổi.`);
        }
        const stem = fileStem(number.symbol);
        const files: NewFile[] = (['docx', 'pdf'] as const).map((kind) => ({ kind, fileName: `${stem}.${kind}`, mime: MIME[kind], data: out[kind], sha256: sha256(out[kind]) }));
        try {
          return mustFind(write(input, date, p, key, files, number.serial, also));
        } catch (e) {
          if (!(e instanceof StaleNumber)) throw e;
        }
      }
      throw new AppError('CONFLICT', 'Nhiều người đang cấp số cùng lúc nên chưa cấp được số. Hãy thử lại.');
    },

    get: mustFind,

    list: (f: Omit<ListFilter, 'terms' | 'limit' | 'offset'> & { query?: string | undefined; page: number; pageSize: number }) => {
      const terms = f.query ? foldVietnamese(f.query).split(/\s+/).filter(Boolean).slice(0, 10) : [];
      return repo.list({ ...f, terms, limit: f.pageSize, offset: (f.page - 1) * f.pageSize });
    },

    /** Voids a document: its number stays in the ledger with the reason and is never given out again. */
    void(id: number, reason: string): OutgoingDocument {
      db.transaction(() => {
        const doc = mustFind(id);
        if (doc.status === 'void') throw new AppError('CONFLICT', `Văn bản số ${doc.symbol} đã bị hủy trước đó.`);
        const now = clock().toISOString();
        repo.void(id, reason, now);
        record(db, { action: 'void', entity: 'outgoing', entityId: id, detail: { symbol: doc.symbol, reason } }, { at: now });
      }).immediate();
      return mustFind(id);
    },

    /** The stored DOCX/PDF of an issued document (what was rendered with its number). */
    fileBytes(id: number, kind: OutgoingFileKind): { fileName: string; mime: string; data: Uint8Array } {
      mustFind(id);
      const f = repo.file(id, kind);
      if (!f) throw new AppError('NOT_FOUND', `Văn bản này chưa có tệp ${kind.toUpperCase()} được lưu.`);
      return { fileName: f.fileName, mime: f.mime, data: f.data };
    },

    register: (from: string, to: string) => repo.register(from, to),

    counters: {
      list: (): NumberCounter[] => repo.listCounters(),
      /**
       * Sets the number the next document of a series will take (an office adopting the app mid-term:
       * next CV is 65). Refused at or below a number already issued, so nothing is ever reused.
       */
      setNext(input: SeriesInput & { next: number }): NumberCounter {
        const date = input.date ?? today();
        const { key } = resolve(input.typeCode, date, input.secret);
        const id = db
          .transaction(() => {
            const now = clock().toISOString();
            const c = repo.counterByKey(key);
            const counterId = c?.id ?? repo.insertCounter(key, input.next, now);
            const max = repo.maxSerial(counterId);
            if (input.next <= max) {
              throw new AppError('CONFLICT', `Số ${input.next} không dùng được: sổ đã cấp đến số ${max} trong loạt này. Số tiếp theo phải từ ${max + 1} trở lên.`);
            }
            repo.setNextSerial(counterId, input.next, now);
            record(db, { action: 'set-next', entity: 'counter', entityId: counterId, detail: { from: c?.next_serial ?? 1, to: input.next, period: key.period } }, { at: now });
            return counterId;
          })
          .immediate();
        return repo.counter(id)!;
      },
    },
  };
}
export type OutgoingService = ReturnType<typeof createOutgoingService>;
