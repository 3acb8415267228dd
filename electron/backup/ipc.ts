import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { BackupService } from './service';

export const backupHandlers = (backup: BackupService): DomainHandlers<'backup'> => ({
  create: (input) => backup.create(input.archive ? 'archive' : 'manual'),
  list: () => backup.list(),
  restore: (input) => backup.restore(input.fileName),
  getSettings: () => backup.getSettings(),
  saveSettings: (input) => backup.saveSettings(input),
});
