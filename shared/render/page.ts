// Per-document page setup (spec.page) applied to a format profile, so the DOCX and the PDF
// renderer turn the page and number it the same way.
import { type DocumentSpec } from '../document/spec';
import { type FormatProfile } from '../format';

/** The profile with the spec's orientation (width and height swapped) and page numbering applied. */
export function profileForPage(spec: DocumentSpec, profile: FormatProfile): FormatProfile {
  const setup = spec.page;
  if (!setup) return profile;
  // A3 is two A4 pages side by side (297 × 420 mm); the profile's margins stay.
  let out = setup.size === 'A3' ? { ...profile, page: { ...profile.page, widthMm: 297, heightMm: 420 } } : profile;
  const { widthMm, heightMm } = out.page;
  const landscape = setup.orientation === 'landscape';
  if (landscape !== widthMm > heightMm && setup.orientation) out = { ...out, page: { ...out.page, widthMm: heightMm, heightMm: widthMm } };
  if (setup.pageNumbers) {
    const { position, fromPage } = setup.pageNumbers;
    out = { ...out, settings: { ...out.settings, pageNumbers: { ...out.settings.pageNumbers, enabled: true, position, fromPage } } };
  }
  return out;
}

/** Page number text: the spec's format ("Trang {page}/{pages}") or the bare number. */
export function pageNumberText(spec: DocumentSpec, page: number, pages: number): string {
  const f = spec.page?.pageNumbers?.format;
  return f ? f.replace(/\{page\}/g, String(page)).replace(/\{pages\}/g, String(pages)) : String(page);
}
