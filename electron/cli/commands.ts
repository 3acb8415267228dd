// The CLI's command table. Each command lives in its own file and is loaded only when it runs,
// so `vanthu render` does not pay for SQLite, the importer or the report engine at start-up.
import type { CliCommand } from './args';

export const commandLoaders: Readonly<Record<string, () => Promise<CliCommand>>> = {
  profile: () => import('./profile').then((m) => m.profileCommand),
  import: () => import('./import').then((m) => m.importCommand),
  search: () => import('./search').then((m) => m.searchCommand),
  issue: () => import('./issue').then((m) => m.issueCommand),
  backup: () => import('./backup').then((m) => m.backupCommand),
  restore: () => import('./restore').then((m) => m.restoreCommand),
  extract: () => import('./extract').then((m) => m.extractCommand),
  'draft-report': () => import('./draft-report').then((m) => m.draftReportCommand),
  render: () => import('./render').then((m) => m.renderCommand),
  demo: () => import('./demo').then((m) => m.demoCommand),
  template: () => import('./template').then((m) => m.templateCommand),
  due: () => import('./due').then((m) => m.dueCommand),
  print: () => import('./print').then((m) => m.printCommand),
};

export const loadCommand = (name: string): Promise<CliCommand> | null =>
  Object.prototype.hasOwnProperty.call(commandLoaders, name) ? commandLoaders[name]!() : null;

export const loadAllCommands = (): Promise<CliCommand[]> => Promise.all(Object.values(commandLoaders).map((load) => load()));
