import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const formatHandlers = (s: Services): DomainHandlers<'format'> => ({
  list: () => s.format.list(),
  save: (input) => s.format.save(input),
  sample: (input) => s.format.sample(input),
});
