import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const profileHandlers = (s: Services): DomainHandlers<'profile'> => ({
  get: (input) => s.profile.get(input.date),
  save: (input) => s.profile.save(input),
  samples: () => SAMPLE_PROFILES,
  history: () => s.profile.history(),
  startTerm: (input) => s.profile.startTerm(input),
});
