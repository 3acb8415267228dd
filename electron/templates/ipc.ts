import type { DomainHandlers } from '../ipc/dispatch';
import type { Services } from '../services';

export const templatesHandlers = (s: Services): DomainHandlers<'templates'> => ({
  list: () => s.templates.list(),
  get: (input) => s.templates.get(input.id, input.version),
  save: (input) => s.templates.save(input),
  copyBuiltin: (input) => s.templates.copyBuiltin(input.id),
  export: (input) => s.templates.exportFile(input.id, input.version),
  import: (input) => s.templates.importJson(input.text, input.fileName),
  remove: (input) => s.templates.remove(input.id),
  preview: (input) => s.templates.preview(input.definition),
});
