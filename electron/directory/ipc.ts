import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const directoryHandlers = (s: Services): DomainHandlers<'directory'> => ({
  listUnits: () => s.directory.listUnits(),
  saveUnit: (input) => s.directory.saveUnit(input),
  deleteUnit: (input) => {
    s.directory.deleteUnit(input.id);
    return null;
  },
  listGroups: () => s.directory.listGroups(),
  saveGroup: (input) => s.directory.saveGroup(input),
  deleteGroup: (input) => {
    s.directory.deleteGroup(input.id);
    return null;
  },
  importUnits: (input) => s.directory.importUnits(input.text, input.kind),
});
