import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { ComposeService } from '../compose/service';
import type { DocumentsService } from './service';

/** The template list is the documents service's; prefill, preview and export go through compose. */
export const documentsHandlers = (documents: DocumentsService, compose: ComposeService): DomainHandlers<'documents'> => ({
  templates: () => documents.templates(),
  prefill: (input) => compose.open(input),
  preview: (input) => compose.preview(input),
  exportDraft: (input) => compose.exportDraft(input),
});
