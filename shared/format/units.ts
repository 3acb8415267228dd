// Unit conversions. The docx library's own helpers floor (20 mm → 1133); party-format.md §1.1
// wants rounding (20 mm → 1134, A4 → 11906 × 16838), so every renderer converts here.

export const MM_PER_INCH = 25.4;
export const PT_PER_INCH = 72;
export const TWIPS_PER_PT = 20;

/** Millimetres → twips, rounded: 20 → 1134, 30 → 1701, 15 → 850, 210 → 11906, 297 → 16838. */
export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * PT_PER_INCH * TWIPS_PER_PT);

/** Millimetres → points (unrounded; PDF user space is in points). */
export const mmToPt = (mm: number): number => (mm / MM_PER_INCH) * PT_PER_INCH;

/** Points → twips, rounded. */
export const ptToTwips = (pt: number): number => Math.round(pt * TWIPS_PER_PT);

/** Points → DOCX half-points (w:sz), rounded. */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);

/** Points → millimetres. */
export const ptToMm = (pt: number): number => (pt / PT_PER_INCH) * MM_PER_INCH;
