import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const documentsHandlers = (s: Services): DomainHandlers<'documents'> => ({
  templates: () => s.documents.templates(),
  prefill: (input) => s.compose.open(input),
  preview: (input) => s.compose.preview(input),
  exportDraft: (input) => s.compose.exportDraft(input),
});
