import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const backupHandlers = (s: Services): DomainHandlers<'backup'> => ({
  create: (input) => s.backup.create(input.archive ? 'archive' : 'manual'),
  list: () => s.backup.list(),
  restore: (input) => s.backup.restore(input.fileName),
  getSettings: () => s.backup.getSettings(),
  saveSettings: (input) => s.backup.saveSettings(input),
});
