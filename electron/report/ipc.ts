import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { ReportService } from './service';

export const reportHandlers = (report: ReportService): DomainHandlers<'report'> => ({
  draft: (input) => report.draft(input),
});
