// Draft → the fields of the `quick-report` template (templates/quick-report.json, shared/templates),
// with where each paragraph came from. The one mapping: the compose screen starts from it and
// `vanthu draft-report --out` renders it.
import { escapeMarkup } from '../templates/inline';
import type { Draft, SourceRef } from './types';

export type QuickReportOffice = { parentBody: string; issuer: string; issuerCode: string; place: string; shortName: string };

export type QuickReportSection = { title: string; label?: string; content: string[]; plain?: boolean };
export type QuickReportFields = {
  title: string;
  subject: string;
  opening: string[];
  sections: QuickReportSection[];
  separator: boolean;
  closing?: string[];
};
export type QuickReportData = QuickReportFields & { office: QuickReportOffice; number: null; date: string | null; showHeader: boolean };

const isUpper = (s: string) => s === s.toLocaleUpperCase('vi');

/**
 * Source text is plain: "*" and "[^" must not turn into bold or footnote markup, so every paragraph is
 * escaped. Headings "I. KẾT QUẢ", "II- KẾT QUẢ", "III – …" become the section's label and title.
 */
export function quickReportFields(draft: Draft): { fields: QuickReportFields; sources: Record<string, SourceRef[]> } {
  const sources: Record<string, SourceRef[]> = {};
  const body = draft.sections.filter((s) => s.heading !== null);
  const [opening, ...restNull] = draft.sections.filter((s) => s.heading === null);
  const closing = restNull[restNull.length - 1];
  const texts = (key: string, paragraphs: Draft['sections'][number]['paragraphs']) =>
    paragraphs.map((p, j) => {
      sources[`${key}.${j}`] = p.sources;
      return escapeMarkup(p.text);
    });
  const sections = body.map((s, n): QuickReportSection => {
    const m = /^([IVXLC]+)\s*[.\-–]\s*(.*)$/su.exec(s.heading as string);
    const title = (m ? (m[2] as string) : (s.heading as string)).trim();
    return { title: escapeMarkup(title), ...(m ? { label: `${m[1]}.` } : {}), content: texts(`sections.${n}`, s.paragraphs), ...(isUpper(title) ? {} : { plain: true }) };
  });
  const fields: QuickReportFields = {
    title: draft.docType || 'THÔNG BÁO NHANH',
    subject: draft.subject,
    opening: texts('opening', opening?.paragraphs ?? []),
    sections: sections.length ? sections : [{ title: 'NỘI DUNG', content: [] }],
    separator: true,
  };
  if (closing && closing.paragraphs.length) fields.closing = texts('closing', closing.paragraphs);
  if (fields.opening.length === 0) fields.opening = [escapeMarkup(draft.subject)];
  return { fields, sources };
}

export function toQuickReportData(draft: Draft, office: QuickReportOffice, date: string | null, showHeader = true): QuickReportData {
  return { ...quickReportFields(draft).fields, office, number: null, date, showHeader };
}
