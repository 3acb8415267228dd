// Extracted metadata → the review form's values, and the form's values → incoming:create input.
import type { IncomingCreateInput, IncomingRecord, SECRECY_LEVELS, URGENCY_LEVELS } from '../../../shared/domain/incoming';
import { intakeFromExtraction, type ParsedFields } from '../../../shared/domain/intake';
import type { MetadataField } from '../../../shared/parse/types';
import type { ImportResult } from '../../stores/importerStore';

export type ReviewValues = {
  arrivalNumber: string;
  arrivalDate: string;
  number: string;
  docDate: string;
  issuer: string;
  docType: string;
  typeCode: string | null;
  subject: string;
  receiver: string;
  handler: string;
  deadline: string;
  secrecy: '' | (typeof SECRECY_LEVELS)[number];
  urgency: '' | (typeof URGENCY_LEVELS)[number];
  notes: string;
  fullText: string;
};
export type ReviewKey = 'number' | 'docDate' | 'issuer' | 'docType' | 'subject';
/** Confidence per reviewed field, 0..1 (1 when typed by hand). */
export type ReviewConfidence = Partial<Record<ReviewKey, number>>;

/** Parser fields shown beside the register's columns (kept in `parsed`): Kính gửi and the signer. */
export type ParsedKey = 'addressees' | 'signerName';
/** For a scan read by OCR: the page crop (PNG data URL made in main) each header field was read from. */
export type OcrCrops = Partial<Record<ReviewKey | ParsedKey, string>>;
const CROP_OF: Record<ReviewKey | ParsedKey, MetadataField> = { number: 'number', docDate: 'date', issuer: 'issuer', docType: 'docType', subject: 'subject', addressees: 'addressees', signerName: 'signerName' };
function ocrCrops(r: ImportResult): OcrCrops {
  const out: OcrCrops = {};
  for (const [k, f] of Object.entries(CROP_OF) as [ReviewKey | ParsedKey, MetadataField][]) {
    const crop = r.ocr?.fields[f]?.crop;
    if (crop) out[k] = crop;
  }
  return out;
}

export const LOW = 0.7;
export const VERY_LOW = 0.5;

/** The one extraction → record mapping (shared/domain/intake.ts), as form values plus what the form does not show. */
export function fromExtraction(r: ImportResult, today: string): { values: ReviewValues; confidence: ReviewConfidence; parsed: ParsedFields; crops: OcrCrops | null } {
  const m = r.metadata;
  const c = m.confidence;
  const i = intakeFromExtraction(m, r.text, today, r.textSource ?? 'text');
  return {
    parsed: i.parsed,
    crops: r.textSource === 'ocr' ? ocrCrops(r) : null,
    values: reviewValues({ ...i, arrivalDate: today }),
    confidence: {
      number: c.number,
      docDate: c.date,
      issuer: m.parentBody ? Math.min(c.issuer, c.parentBody) : c.issuer,
      docType: c.docType,
      subject: c.subject,
    },
  };
}

type Editable = Pick<IncomingRecord, 'number' | 'docDate' | 'issuer' | 'docType' | 'typeCode' | 'subject' | 'secrecy' | 'urgency' | 'fullText' | 'arrivalDate'> &
  Partial<Pick<IncomingRecord, 'arrivalNumber' | 'receiver' | 'handler' | 'deadline' | 'notes'>>;

/** The form's values of a record (stored, or about to be registered): the inverse of toFields. */
export function reviewValues(r: Editable): ReviewValues {
  return {
    arrivalNumber: r.arrivalNumber ? String(r.arrivalNumber) : '',
    arrivalDate: r.arrivalDate,
    number: r.number,
    docDate: r.docDate ?? '',
    issuer: r.issuer,
    docType: r.docType,
    typeCode: r.typeCode,
    subject: r.subject,
    receiver: r.receiver ?? '',
    handler: r.handler ?? '',
    deadline: r.deadline ?? '',
    secrecy: r.secrecy ?? '',
    urgency: r.urgency ?? '',
    notes: r.notes ?? '',
    fullText: r.fullText,
  };
}

/** The record fields the review form edits, as the register stores them (blank optional dates → null). */
export function toFields(v: ReviewValues) {
  return {
    arrivalDate: v.arrivalDate,
    number: v.number,
    docDate: v.docDate || null,
    issuer: v.issuer,
    docType: v.docType,
    typeCode: v.typeCode,
    subject: v.subject,
    receiver: v.receiver,
    handler: v.handler,
    deadline: v.deadline || null,
    secrecy: v.secrecy || null,
    urgency: v.urgency || null,
    notes: v.notes,
  };
}

export function toCreateInput(
  v: ReviewValues,
  extra: { attachments: IncomingCreateInput['attachments']; allowDuplicate: boolean; parsed: ParsedFields | null },
): IncomingCreateInput {
  const n = Number(v.arrivalNumber);
  return {
    ...(v.arrivalNumber.trim() && Number.isInteger(n) && n > 0 ? { arrivalNumber: n } : {}),
    ...toFields(v),
    fullText: v.fullText,
    attachments: extra.attachments,
    allowDuplicate: extra.allowDuplicate,
    // Kính gửi is edited as free lines (ParsedReview): blank lines are not addressees.
    parsed: extra.parsed && { ...extra.parsed, addressees: extra.parsed.addressees.map((l) => l.trim()).filter(Boolean) },
  };
}
