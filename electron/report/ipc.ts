import { draftReport } from '../../shared/report/report';
import type { DomainHandlers } from '../ipc/dispatch';

export const reportHandlers = (): DomainHandlers<'report'> => ({
  draft: (input) => draftReport(input.texts),
});
