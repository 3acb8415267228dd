import { profileHandlers } from '../profile/ipc';
import { importerHandlers } from '../importer/ipc';
import { countersHandlers, outgoingHandlers } from '../outgoing/ipc';
import { backupHandlers } from '../backup/ipc';
import { directoryHandlers } from '../directory/ipc';
import { incomingHandlers } from '../incoming/ipc';
import { draftsHandlers } from '../drafts/ipc';
import { reportHandlers } from '../report/ipc';
import { appHandlers, filesHandlers } from '../shell/ipc';
import type { Services } from '../services';
import type { Handlers } from '../../shared/ipc/handlers';
import { documentsHandlers } from '../documents/ipc';
import { templatesHandlers } from '../templates/ipc';
import { formatHandlers } from '../format/ipc';
import { handlingHandlers } from '../incoming/handlingIpc';

/** Every domain's handlers, each built from its own service; a missing domain is a type error. */
export const createHandlers = (s: Services): Handlers => ({
  profile: profileHandlers(s.profile),
  importer: importerHandlers(),
  outgoing: outgoingHandlers({ outgoing: s.outgoing, compose: s.compose, profile: s.profile, files: s.files }),
  counters: countersHandlers(s.outgoing),
  backup: backupHandlers(s.backup),
  directory: directoryHandlers(s.directory),
  incoming: incomingHandlers(s.incoming, s.handling, s.files),
  drafts: draftsHandlers(s.drafts),
  report: reportHandlers(s.report),
  app: appHandlers(s.app),
  files: filesHandlers(s.files),
  documents: documentsHandlers(s.documents, s.compose),
  templates: templatesHandlers(s.templates),
  format: formatHandlers(s.format),
  handling: handlingHandlers(s.handling, s.profile, s.clock, s.incoming, s.files),
});
