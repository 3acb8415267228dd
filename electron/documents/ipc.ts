import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const documentsHandlers = (s: Services): DomainHandlers<'documents'> => ({
  templates: () => s.documents.templates(),
  preview: (input) => s.documents.preview(input),
  prefill: (input) => s.documents.prefill(input),
});
