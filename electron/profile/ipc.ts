import { SAMPLE_PROFILES } from '../../shared/domain/profile';
import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { ProfileService } from './service';

export const profileHandlers = (profile: ProfileService): DomainHandlers<'profile'> => ({
  get: (input) => profile.get(input.date),
  save: (input) => profile.save(input),
  samples: () => SAMPLE_PROFILES,
  history: () => profile.history(),
  startTerm: (input) => profile.startTerm(input),
});
