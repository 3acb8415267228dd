import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { FormatService } from './service';

export const formatHandlers = (format: FormatService): DomainHandlers<'format'> => ({
  list: () => format.list(),
  save: (input) => format.save(input),
  sample: (input) => format.sample(input),
});
