// Incoming register (sổ văn bản đến): the legal columns plus handling fields, attachments and
// links to outgoing replies. Dates are ISO (YYYY-MM-DD); text is NFC.
import { z } from 'zod';
import { parsedFieldsSchema, type ParsedFields } from './intake';

import { INCOMING_STATUSES, SECRECY_LEVELS, URGENCY_LEVELS, type IncomingStatus } from './incomingValues';

export { INCOMING_STATUSES, INCOMING_STATUS_LABELS, SECRECY_LEVELS, URGENCY_LEVELS, type IncomingStatus } from './incomingValues';

const text = (max: number) => z.string().trim().max(max);
const date = z.iso.date();

/** Every editable field, without defaults (an update changes only the fields it names). */
const fieldTypes = {
  /** Ngày đến. */
  arrivalDate: date,
  /** Tác giả / cơ quan ban hành, as written on the document. */
  issuer: text(300),
  /** Số và ký hiệu as written, e.g. "369-CV/BTGTU". */
  number: text(100),
  /** Ngày tháng văn bản. */
  docDate: date.nullable(),
  /** Tên loại, e.g. "Công văn". */
  docType: text(100),
  /** Ký hiệu tên loại when known, e.g. "CV". */
  typeCode: text(10).nullable(),
  /** Trích yếu nội dung. */
  subject: text(2000),
  /** Đơn vị hoặc người nhận. */
  receiver: text(300),
  /** Ngày chuyển giao. */
  handoverDate: date.nullable(),
  /** Ký nhận (who signed for it). */
  signature: text(200),
  /** Ghi chú. */
  notes: text(5000),
  secrecy: z.enum(SECRECY_LEVELS).nullable(),
  urgency: z.enum(URGENCY_LEVELS).nullable(),
  /** Hạn xử lý. */
  deadline: date.nullable(),
  /** Người xử lý. */
  handler: text(200),
  status: z.enum(INCOMING_STATUSES),
  /** Full text (from the importer or typed); searched, never trimmed. */
  fullText: z.string().max(5_000_000),
};

export const incomingFieldsSchema = z.strictObject({
  arrivalDate: fieldTypes.arrivalDate,
  issuer: fieldTypes.issuer.default(''),
  number: fieldTypes.number.default(''),
  docDate: fieldTypes.docDate.default(null),
  docType: fieldTypes.docType.default(''),
  typeCode: fieldTypes.typeCode.default(null),
  subject: fieldTypes.subject.default(''),
  receiver: fieldTypes.receiver.default(''),
  handoverDate: fieldTypes.handoverDate.default(null),
  signature: fieldTypes.signature.default(''),
  notes: fieldTypes.notes.default(''),
  secrecy: fieldTypes.secrecy.default(null),
  urgency: fieldTypes.urgency.default(null),
  deadline: fieldTypes.deadline.default(null),
  handler: fieldTypes.handler.default(''),
  status: fieldTypes.status.default('moi'),
  fullText: fieldTypes.fullText.default(''),
});
export type IncomingFields = z.output<typeof incomingFieldsSchema>;

export const attachmentInputSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  mime: z.string().trim().max(100).default('application/octet-stream'),
  /** File bytes as base64 (≤ 50 MB). */
  dataBase64: z.string().max(70_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Dữ liệu base64 không hợp lệ'),
});
export type AttachmentInput = z.input<typeof attachmentInputSchema>;

export const incomingCreateSchema = incomingFieldsSchema.extend({
  /** Omitted: today in the office's time zone, decided by the incoming service (not by each caller's clock). */
  arrivalDate: fieldTypes.arrivalDate.optional(),
  /** Only when copying an existing paper register; otherwise the next number of the year is allocated. */
  arrivalNumber: z.number().int().positive().max(10_000_000).optional(),
  attachments: z.array(attachmentInputSchema).max(50).default([]),
  /** Register even though the same document (number, issuer, date) is already in the register. */
  allowDuplicate: z.boolean().default(false),
  /** Everything else the parser read (intakeFromExtraction); null for a record typed by hand. */
  parsed: parsedFieldsSchema.nullable().default(null),
});
export type IncomingCreateInput = z.input<typeof incomingCreateSchema>;
export type IncomingCreateData = z.output<typeof incomingCreateSchema>;

export const incomingUpdateSchema = z.strictObject(fieldTypes).partial().extend({
  id: z.number().int().positive(),
  addAttachments: z.array(attachmentInputSchema).max(50).optional(),
  removeAttachmentIds: z.array(z.number().int().positive()).max(200).optional(),
  /** Replaces the set of linked outgoing replies (outgoing document ids). */
  replyIds: z.array(z.number().int().positive()).max(200).optional(),
});
export type IncomingUpdateInput = z.input<typeof incomingUpdateSchema>;

export type AttachmentMeta = { id: number; fileName: string; mime: string; size: number; sha256: string; createdAt: string };
export type Attachment = AttachmentMeta & { dataBase64: string };

export type IncomingRecord = Omit<IncomingFields, 'fullText'> & {
  id: number;
  arrivalYear: number;
  arrivalNumber: number;
  fullText: string;
  attachments: AttachmentMeta[];
  replyIds: number[];
  /** What the parser read at intake; null when the record was typed by hand. */
  parsed: ParsedFields | null;
  createdAt: string;
  updatedAt: string;
};

export const duplicateCheckSchema = z.strictObject({
  number: text(100),
  issuer: text(300),
  docDate: date.nullable(),
  /** When editing, the record itself is not a duplicate of itself. */
  excludeId: z.number().int().positive().optional(),
});
export type DuplicateCheck = z.input<typeof duplicateCheckSchema>;

export const SEARCH_ORDERS = ['newest', 'relevance'] as const;
export const incomingListSchema = z.strictObject({
  query: z.string().max(500).optional(),
  year: z.number().int().min(1900).max(2999).optional(),
  /** Matched loosely: folded, as a substring of the issuer. */
  issuer: z.string().max(300).optional(),
  typeCode: z.string().max(10).optional(),
  status: z.enum(INCOMING_STATUSES).optional(),
  /** Arrival date range, inclusive. */
  from: date.optional(),
  to: date.optional(),
  order: z.enum(SEARCH_ORDERS).default('newest'),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type IncomingListInput = z.input<typeof incomingListSchema>;
export type IncomingListQuery = z.output<typeof incomingListSchema>;

/** A piece of a snippet: `hit` parts are the words that matched, in the original spelling. */
export type SnippetPart = { text: string; hit: boolean };

export type IncomingRow = {
  id: number;
  arrivalYear: number;
  arrivalNumber: number;
  arrivalDate: string;
  issuer: string;
  number: string;
  docDate: string | null;
  docType: string;
  typeCode: string | null;
  subject: string;
  receiver: string;
  secrecy: IncomingFields['secrecy'];
  urgency: IncomingFields['urgency'];
  deadline: string | null;
  handler: string;
  status: IncomingStatus;
  /** Only when searching: the best passage, marked. */
  snippet?: SnippetPart[];
};

export type IncomingList = {
  rows: IncomingRow[];
  /** Number of records found; for a search, counting stops at a cap (see totalExact). */
  total: number;
  /** false when a search matched more than `total` documents and counting stopped ("hơn 1.000 kết quả"). */
  totalExact: boolean;
  /**
   * Relevance order ranks the newest `rankedAmong` matches (at most a few thousand) so a common
   * word stays fast; equal to `total` when every match was ranked.
   */
  rankedAmong?: number;
};
