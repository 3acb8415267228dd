// Thông báo nhanh in main: facts + draft with the office's context, and rendering through the same
// template path as every other document (electron/documents), with the office profile's header.
import { AppError } from '../../shared/errors';
import { officePlaces } from '../../shared/report/office';
import { draftReport } from '../../shared/report/report';
import { toQuickReportData } from '../../shared/report/template-data';
import type { Draft, FactCorrections, RichReport, SourceInput } from '../../shared/report/types';
import type { OfficeForDocument } from '../documents/templates';
import { todayIn } from '../../shared/text/today';
import { TEMPLATE_IDS } from '../../shared/templates/ids';

type ProfileSource = { get(date?: string): (OfficeForDocument & { formatProfile: string }) | null };

export type ReportDraftInput = { texts: SourceInput[]; publishedDate?: string | null; corrections?: FactCorrections };

export function createReportService(deps: { profile: ProfileSource; clock: () => Date }) {
  return {
    draft(input: ReportDraftInput): RichReport {
      const office = deps.profile.get();
      return draftReport(input.texts, { publishedDate: input.publishedDate ?? null, officePlaces: office ? officePlaces(office) : [], ...(input.corrections ? { corrections: input.corrections } : {}) });
    },
    /** DOCX or PDF of a draft with the office's header; no office profile → a Vietnamese error, nothing written. */
    async render(draft: Draft, format: 'docx' | 'pdf', opts: { date?: string | null } = {}): Promise<{ bytes: Uint8Array; pages: number | null }> {
      const office = deps.profile.get();
      if (!office) throw new AppError('NOT_FOUND', 'Chưa có hồ sơ cơ quan trong cơ sở dữ liệu: hãy thiết lập hồ sơ cơ quan (vanthu profile) trước khi xuất Thông báo nhanh.');
      const now = deps.clock();
      const date = opts.date === undefined ? todayIn(now) : opts.date;
      const data = toQuickReportData(draft, { parentBody: office.parentBody, issuer: office.issuer, issuerCode: office.issuerCode, place: office.place, shortName: office.shortName }, date);
      const input = { templateId: TEMPLATE_IDS.quickReport, data: data as unknown as Record<string, unknown>, profile: office, date, now };
      if (format === 'docx') {
        const { renderDocumentDocx } = await import('../documents/service-docx');
        return { bytes: (await renderDocumentDocx(input)).docx, pages: null };
      }
      const { renderDocumentPdf } = await import('../documents/service-pdf');
      const r = await renderDocumentPdf(input);
      return { bytes: r.pdf, pages: r.pages };
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
