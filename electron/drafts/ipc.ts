import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { DraftsService } from './service';

export const draftsHandlers = (drafts: DraftsService): DomainHandlers<'drafts'> => ({
  list: (input) => drafts.list(input.kind, input.limit),
  get: (input) => drafts.get(input.id),
  save: (input) => drafts.save(input),
  delete: (input) => drafts.delete(input.id),
});
