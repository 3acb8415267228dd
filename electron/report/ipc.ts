import { draftReport } from '../../shared/report/report';
import type { DomainHandlers } from '../../shared/ipc/handlers';

export const reportHandlers = (): DomainHandlers<'report'> => ({
  draft: (input) => draftReport(input.texts),
});
