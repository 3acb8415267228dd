// The office's own choices on the rules party-format.md marks UNCONFIRMED ("Thể thức" in Cài đặt).
// Each is optional: absent = the format profile's default (the guide's). Settings are dated like the
// office profile: a document uses the settings valid on its date, so a newer Party layout guide can
// be followed from a given day without changing documents already issued.
import { z } from 'zod';
import { type FormatProfile } from './types';
import { withSettings } from './index';

export const officeFormatSchema = z.strictObject({
  /** Tên loại ("KẾ HOẠCH") size, pt: P3 says 15–16. */
  kindTitleSize: z.number().min(12).max(18).optional(),
  /** Tên cơ quan ban hành size, pt. */
  issuerSize: z.number().min(12).max(16).optional(),
  /** "Số 12-KH/BTGQU" (Party) or "Số: 12-KH/BTGQU". */
  numberColon: z.boolean().optional(),
  letterSubjectPrefix: z.enum(['', 'V/v', 'Về việc']).optional(),
  addresseeItemEnd: z.enum([',', ';']).optional(),
  addresseeLastEnd: z.enum(['.', '']).optional(),
  distributionItemEnd: z.enum([',', ';']).optional(),
  distributionLastEnd: z.enum(['.', '']).optional(),
  closingMark: z.boolean().optional(),
  /** Body line height, pt (Word "Exactly"). */
  lineHeightPt: z.number().min(14).max(28).optional(),
  pageNumberPosition: z.enum(['top-center', 'bottom-center']).optional(),
  pageNumberFromPage: z.union([z.literal(1), z.literal(2)]).optional(),
  signatureTitleBold: z.boolean().optional(),
  /** Tone marks in the header names: as typed (guide: never normalise), old "UỶ" or new "ỦY". */
  nameTones: z.enum(['keep', 'old', 'new']).optional(),
});
export type OfficeFormat = z.infer<typeof officeFormatSchema>;

/** The profile with the office's choices applied (typography and wording settings). */
export function applyOfficeFormat(p: FormatProfile, o: OfficeFormat | null | undefined): FormatProfile {
  if (!o) return p;
  const withS = withSettings(p, {
    ...(o.letterSubjectPrefix !== undefined ? { letterSubjectPrefix: o.letterSubjectPrefix } : {}),
    addresseePunctuation: { ...(o.addresseeItemEnd ? { itemEnd: o.addresseeItemEnd } : {}), ...(o.addresseeLastEnd !== undefined ? { lastEnd: o.addresseeLastEnd } : {}) },
    distributionPunctuation: { ...(o.distributionItemEnd ? { itemEnd: o.distributionItemEnd } : {}), ...(o.distributionLastEnd !== undefined ? { lastEnd: o.distributionLastEnd } : {}) },
    ...(o.closingMark !== undefined ? { closingMark: o.closingMark } : {}),
    pageNumbers: { ...(o.pageNumberPosition ? { position: o.pageNumberPosition } : {}), ...(o.pageNumberFromPage ? { fromPage: o.pageNumberFromPage } : {}) },
    ...(o.signatureTitleBold !== undefined ? { signatureTitleBold: o.signatureTitleBold } : {}),
    ...(o.numberColon !== undefined ? { numberColon: o.numberColon } : {}),
    ...(o.nameTones ? { nameTones: o.nameTones } : {}),
  });
  const e = withS.elements;
  return {
    ...withS,
    paragraph: o.lineHeightPt ? { ...withS.paragraph, lineHeightPt: o.lineHeightPt, lineHeightFactor: o.lineHeightPt / e.body.size } : withS.paragraph,
    elements: {
      ...e,
      ...(o.kindTitleSize ? { kindTitle: { ...e.kindTitle, size: o.kindTitleSize } } : {}),
      ...(o.issuerSize ? { issuer: { ...e.issuer, size: o.issuerSize } } : {}),
    },
  };
}
