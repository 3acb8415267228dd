// Paper sizes a document may ask for (zod-free: the print dialogs read it on the first screen).
export const PAPER_SIZES = ['A4', 'A3'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
