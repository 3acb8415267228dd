// A printed register as a DocumentSpec: a cover page (office, title, period) and one table with
// the column set's titles and the "(1) (2) …" row repeated on every page, A4 landscape,
// "Trang n/N" at the bottom. Drawn by the one PDF engine like every other document.
import { type DocumentSpec } from '../document/spec';
import { type PaperSize } from '../document/paper';
import { type ColumnSet, type RegisterRow } from './columns';

export type RegisterMeta = {
  parentBody: string;
  issuer: string;
  /** "Năm 2026" or "Từ ngày 01/01/2026 đến ngày 31/03/2026". */
  period: string;
  /** Shown under the table when there are no rows. */
  emptyText: string;
  /** A4 (default) or A3, landscape either way. */
  paper?: PaperSize;
};

export const REGISTER_FONT_PT = 10;

/** A centred line of a printed form (office name, form title). */
export const centered = (text: string, bold = false, italic = false) => ({ type: 'paragraph' as const, runs: [{ text, bold, italic }], indent: false, align: 'center' as const });

/** A printed form or register: no Party header block, number or signature; the body carries everything. */
export function formSpec(office: { parentBody: string; issuer: string }, body: DocumentSpec['body'], title: string, page: DocumentSpec['page']): DocumentSpec {
  return {
    kind: 'khac',
    showHeader: false,
    header: { parentBody: office.parentBody, issuer: office.issuer, number: { serial: null, typeCode: '', issuerCode: '' }, place: '', date: null },
    title: null,
    subject: '',
    addressees: [],
    body,
    footnotes: [],
    signature: null,
    distribution: [],
    marks: {},
    metadata: { title, author: office.issuer },
    page,
  };
}

export function registerSpec(set: ColumnSet, rows: readonly RegisterRow[], meta: RegisterMeta): DocumentSpec {
  const cover = [meta.parentBody, meta.issuer].filter((s) => s.trim()).map((s) => centered(s, true));
  const body: DocumentSpec['body'] = [
    ...cover,
    // A cover: the office at the top, the register's name a third of the way down.
    ...Array.from({ length: 7 }, () => centered('')),
    centered(set.title, true),
    centered(meta.period),
    { type: 'pageBreak' },
    {
      type: 'table',
      columns: set.columns.map((col) => ({ width: col.width, align: col.align })),
      header: [set.columns.map((col) => col.title), set.columns.map((_, i) => `(${i + 1})`)],
      rows: rows.map((r) => set.columns.map((col) => r[col.field] ?? '')),
      fontSize: REGISTER_FONT_PT,
    },
  ];
  if (rows.length === 0) body.push({ type: 'paragraph', runs: [{ text: meta.emptyText, italic: true }], indent: false });
  return formSpec(meta, body, `${set.title} ${meta.period}`, { orientation: 'landscape', ...(meta.paper === 'A3' ? { size: 'A3' as const } : {}), pageNumbers: { format: 'Trang {page}/{pages}', position: 'bottom-center', fromPage: 2 } });
}
