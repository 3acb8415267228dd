// What the parser read from an incoming document, kept whole on the register record (issue 11):
// composing later builds from these columns instead of re-parsing the stored text. One mapping from
// an extraction to a record, used by the review form, `vanthu import` and batch import alike, so the
// same circular is stored the same way (and caught as a duplicate) whichever way it came in.
import { z } from 'zod';
import { METADATA_FIELDS, type IncomingMetadata } from '../parse/types';
import { runningName } from '../templates/prefill';
import { bodyNameCase } from '../text/bodyName';
import type { IncomingCreateInput } from './incoming';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const referenceSchema = z.strictObject({
  number: text(100).nullable(),
  date: isoDate.nullable(),
  issuer: text(300).nullable(),
  subject: text(2000).nullable(),
});

export const parsedFieldsSchema = z.strictObject({
  /** Cơ quan cấp trên as printed, e.g. "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH". */
  parentBody: text(300).default(''),
  /** Cơ quan ban hành as printed (upper case), e.g. "BAN TUYÊN GIÁO"; the record's `issuer` is its running name. */
  issuerLine: text(300).default(''),
  issuerCode: text(30).default(''),
  serial: z.number().int().positive().max(10_000_000).nullable().default(null),
  place: text(100).default(''),
  signerName: text(200).default(''),
  signerTitle: text(200).default(''),
  signingAuthority: text(200).default(''),
  addressees: z.array(text(500)).max(500).default([]),
  distribution: z.array(text(500)).max(500).default([]),
  references: z.array(referenceSchema).max(200).default([]),
  /** 0..1 per parser field; below 0.5 means "check this by hand". */
  confidence: z.partialRecord(z.enum(METADATA_FIELDS), z.number().min(0).max(1)).default({}),
  /** Where the parsed text came from: the file's own text, or OCR of a scan (issue 13). */
  textSource: z.enum(['text', 'ocr']).default('text'),
});
export type ParsedFields = z.output<typeof parsedFieldsSchema>;

/** Longest trích yếu the register keeps (incomingFieldsSchema.subject); longer parser output is clipped at a word. */
export const SUBJECT_MAX = 2000;
const clip = (s: string, max: number) => (s.length <= max ? s : s.slice(0, s.lastIndexOf(' ', max - 1) > max / 2 ? s.lastIndexOf(' ', max - 1) : max - 1).trimEnd() + '…');

/** "BAN TUYÊN GIÁO" + "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH" → "Ban Tuyên giáo Thành ủy", as registers write it;
 * a body issuing in its own name ("TỈNH ỦY LÂM ĐỒNG", no department) → "Tỉnh ủy Lâm Đồng". */
export const issuerOf = (m: Pick<IncomingMetadata, 'issuer' | 'parentBody'>): string =>
  m.issuer?.trim() ? runningName(m.issuer, m.parentBody) : bodyNameCase(m.parentBody ?? '');

/** The register record an extraction becomes: the form's fields, and everything else the parser read. */
export function intakeFromExtraction(
  m: IncomingMetadata,
  fullText: string,
  arrivalDate?: string,
  textSource: 'text' | 'ocr' = 'text',
): Pick<IncomingCreateInput, 'arrivalDate'> & Required<Pick<IncomingCreateInput, 'issuer' | 'number' | 'docDate' | 'docType' | 'typeCode' | 'subject' | 'secrecy' | 'urgency' | 'fullText'>> & {
  parsed: ParsedFields;
} {
  return {
    ...(arrivalDate ? { arrivalDate } : {}),
    issuer: issuerOf(m),
    number: m.number ?? '',
    docDate: m.date,
    docType: m.docType ?? '',
    typeCode: m.typeCode,
    subject: clip(m.subject ?? '', SUBJECT_MAX),
    secrecy: m.secrecy,
    urgency: m.urgency,
    fullText,
    parsed: parsedFieldsSchema.parse({
      parentBody: m.parentBody ?? '',
      issuerLine: m.issuer ?? '',
      issuerCode: m.issuerCode ?? '',
      serial: m.serial,
      place: m.place ?? '',
      signerName: m.signerName ?? '',
      signerTitle: m.signerTitle ?? '',
      signingAuthority: m.signingAuthority ?? '',
      addressees: m.addressees ?? [],
      distribution: m.distribution ?? [],
      references: (m.references ?? []).slice(0, 200),
      confidence: m.confidence,
      textSource,
    }),
  };
}
