// A printed register as a DocumentSpec: a cover page (office, title, period) and one table with
// the column set's titles and the "(1) (2) …" row repeated on every page, A4 landscape,
// "Trang n/N" at the bottom. Drawn by the one PDF engine like every other document.
import { type DocumentSpec } from '../document/spec';
import { type ColumnSet, type RegisterRow } from './columns';

export type RegisterMeta = {
  parentBody: string;
  issuer: string;
  /** "Năm 2026" or "Từ ngày 01/01/2026 đến ngày 31/03/2026". */
  period: string;
  /** Shown under the table when there are no rows. */
  emptyText: string;
};

export const REGISTER_FONT_PT = 10;

export function registerSpec(set: ColumnSet, rows: readonly RegisterRow[], meta: RegisterMeta): DocumentSpec {
  const para = (text: string, bold = false) => ({ type: 'paragraph' as const, runs: [{ text, bold }], indent: false, align: 'center' as const });
  const cover = [meta.parentBody, meta.issuer].filter((s) => s.trim()).map((s) => para(s, true));
  const body: DocumentSpec['body'] = [
    ...cover,
    // A cover: the office at the top, the register's name a third of the way down.
    ...Array.from({ length: 7 }, () => para('')),
    para(set.title, true),
    para(meta.period),
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
  return {
    kind: 'khac',
    showHeader: false,
    header: { parentBody: meta.parentBody, issuer: meta.issuer, number: { serial: null, typeCode: '', issuerCode: '' }, place: '', date: null },
    title: null,
    subject: '',
    addressees: [],
    body,
    footnotes: [],
    signature: null,
    distribution: [],
    marks: {},
    metadata: { title: `${set.title} ${meta.period}`, author: meta.issuer },
    page: { orientation: 'landscape', pageNumbers: { format: 'Trang {page}/{pages}', position: 'bottom-center', fromPage: 2 } },
  };
}
