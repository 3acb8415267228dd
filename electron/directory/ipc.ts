import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { DirectoryService } from './service';

export const directoryHandlers = (directory: DirectoryService): DomainHandlers<'directory'> => ({
  listUnits: () => directory.listUnits(),
  saveUnit: (input) => directory.saveUnit(input),
  deleteUnit: (input) => {
    directory.deleteUnit(input.id);
    return null;
  },
  listGroups: () => directory.listGroups(),
  saveGroup: (input) => directory.saveGroup(input),
  deleteGroup: (input) => {
    directory.deleteGroup(input.id);
    return null;
  },
  importUnits: (input) => directory.importUnits(input.text, input.kind),
});
