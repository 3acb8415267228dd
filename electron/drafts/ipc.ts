import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const draftsHandlers = (s: Services): DomainHandlers<'drafts'> => ({
  list: (input) => s.drafts.list(input.kind, input.limit),
  get: (input) => s.drafts.get(input.id),
  save: (input) => s.drafts.save(input),
  delete: (input) => s.drafts.delete(input.id),
});
