import type { DomainHandlers } from '../../shared/ipc/handlers';
import type { TemplatesService } from './service';

export const templatesHandlers = (templates: TemplatesService): DomainHandlers<'templates'> => ({
  list: () => templates.list(),
  get: (input) => templates.get(input.id, input.version),
  save: (input) => templates.save(input),
  copyBuiltin: (input) => templates.copyBuiltin(input.id),
  export: (input) => templates.exportFile(input.id, input.version),
  import: (input) => templates.importJson(input.text, input.fileName),
  remove: (input) => templates.remove(input.id),
  preview: (input) => templates.preview(input.definition),
});
