// Draft → data of the `quick-report` template (templates/quick-report.json, shared/templates).
import { escapeMarkup } from '../templates/inline';
import type { Draft } from './types';

export type QuickReportOffice = { parentBody: string; issuer: string; issuerCode: string; place: string; shortName: string };

export type QuickReportData = {
  office: QuickReportOffice;
  number: null;
  date: string | null;
  showHeader: boolean;
  title: string;
  subject: string;
  opening: string[];
  sections: { title: string; label?: string; content: string[]; plain?: boolean }[];
  separator: boolean;
  closing?: string[];
};

const isUpper = (s: string) => s === s.toUpperCase();

/** Source text is plain: "*" and "[^" must not turn into bold or footnote markup. */
export function toQuickReportData(draft: Draft, office: QuickReportOffice, date: string | null, showHeader = true): QuickReportData {
  const body = draft.sections.filter((s) => s.heading !== null);
  const [opening, ...restNull] = draft.sections.filter((s) => s.heading === null);
  const closing = restNull[restNull.length - 1];
  const sections = body.map((s) => {
    const m = /^([IVXLC]+)[.\-–]\s*(.*)$/s.exec(s.heading as string);
    const title = (m ? (m[2] as string) : (s.heading as string)).trim();
    const label = m ? `${m[1]}.` : undefined;
    const content = s.paragraphs.map((p) => escapeMarkup(p.text));
    return { title: escapeMarkup(title), ...(label ? { label } : {}), content, ...(isUpper(title) ? {} : { plain: true }) };
  });
  const data: QuickReportData = {
    office,
    number: null,
    date,
    showHeader,
    title: draft.docType,
    subject: draft.subject,
    opening: (opening?.paragraphs ?? []).map((p) => escapeMarkup(p.text)),
    sections: sections.length ? sections : [{ title: 'NỘI DUNG', content: [] }],
    separator: true,
  };
  if (closing && closing.paragraphs.length) data.closing = closing.paragraphs.map((p) => escapeMarkup(p.text));
  if (data.opening.length === 0) data.opening = [escapeMarkup(draft.subject)];
  return data;
}
