// Format profiles: lookup, office overrides and the derived measures both renderers share, so
// that DOCX and PDF lay out lines of the same width and height.
import { AppError } from '../errors';
import { DEFAULT_FORMAT_PROFILE_ID, FORMAT_PROFILES } from './profiles';
import { type FormatProfile, type FormatSettingsOverride, type TextStyle } from './types';
import { mmToPt } from './units';

export * from './types';
export * from './units';
export { textWidthPt as measureTextPt } from './metrics';
export { officeFormatSchema, applyOfficeFormat, type OfficeFormat } from './office';
export { PARTY_HD36_2018, STATE_ND30_2020, FORMAT_PROFILES, DEFAULT_FORMAT_PROFILE_ID } from './profiles';

/** The profile with that id (default: party-hd36-2018), with office overrides of its settings applied. */
export function getFormatProfile(id: string = DEFAULT_FORMAT_PROFILE_ID, overrides: FormatSettingsOverride = {}): FormatProfile {
  const base = FORMAT_PROFILES.find((p) => p.id === id);
  if (!base) throw new AppError('VALIDATION', `Không có thể thức văn bản "${id}".`);
  return withSettings(base, overrides);
}

export function withSettings(profile: FormatProfile, o: FormatSettingsOverride): FormatProfile {
  const s = profile.settings;
  const settings = {
    ...s,
    ...o,
    addresseePunctuation: { ...s.addresseePunctuation, ...o.addresseePunctuation },
    distributionPunctuation: { ...s.distributionPunctuation, ...o.distributionPunctuation },
    pageNumbers: { ...s.pageNumbers, ...o.pageNumbers },
  };
  const elements = {
    ...profile.elements,
    signatureTitle: { ...profile.elements.signatureTitle, bold: settings.signatureTitleBold },
  };
  return { ...profile, settings, elements };
}

/** Text block width (page width minus left and right margins) in pt. */
export function textWidthPt(p: FormatProfile): number {
  return mmToPt(p.page.widthMm - p.page.margins.leftMm - p.page.margins.rightMm);
}

/**
 * Exact line height for text of this style, in pt, rounded to whole twips so the DOCX ("Exactly")
 * and the PDF use the same value: body 14 pt → 18 pt; other sizes scale with lineHeightFactor.
 */
export function lineHeightPt(p: FormatProfile, style: TextStyle): number {
  const raw = style.size === p.elements.body.size ? p.paragraph.lineHeightPt : style.size * p.paragraph.lineHeightFactor;
  return Math.round(raw * 20) / 20;
}

/** Upper-cases per the style (Vietnamese locale, NFC). */
export function applyCase(text: string, style: TextStyle): string {
  const t = text.normalize('NFC');
  return style.caps ? t.toLocaleUpperCase('vi').normalize('NFC') : t;
}
