// Composes the domain services over one open database. Every entry point (Electron IPC,
// the loopback bridge, the CLI) goes through these same services.
import type { Db } from './db/open';
import { createShellServices, type ShellOptions } from './shell/services';
import { createProfileService, type Clock } from './profile/service';
import { createOutgoingService } from './outgoing/service';
import { documentRenderer } from './outgoing/render';
import { createBackupService } from './backup/service';
import { createDirectoryService } from './directory/service';
import { createIncomingService } from './incoming/service';
import { createHandlingService } from './incoming/handling';
import { createDraftsService } from './drafts/service';
import { createDocumentsService } from './documents/service';
import { createTemplatesService } from './templates/service';
import { createFormatService } from './format/service';
import { createReportService } from './report/service';
import { createComposeService } from './compose/service';

export type ServicesOptions = { db: Db; dataDir: string; clock?: Clock; shell?: ShellOptions };

export function createServices({ db, dataDir, clock = () => new Date(), shell = {} }: ServicesOptions) {
  const shellServices = createShellServices({ ...shell, db, dataDir, clock });
  const profile = createProfileService(db, clock);
  const outgoing = createOutgoingService({ db, clock, profile, render: () => documentRenderer(clock) });
  const incoming = createIncomingService(db, clock);
  const drafts = createDraftsService(db, clock);
  const directory = createDirectoryService(db, clock);
  return {
    db,
    dataDir,
    clock,
    ...shellServices,
    format: createFormatService({ db, clock, profile }),
    templates: createTemplatesService({ db, clock, profile, files: shellServices.files }),
    profile,
    outgoing,
    backup: createBackupService({ db, dataDir, clock }),
    directory,
    incoming,
    handling: createHandlingService(db, clock),
    drafts,
    documents: createDocumentsService(),
    report: createReportService({ profile, clock }),
    compose: createComposeService({ clock, profile, drafts, incoming, outgoing, directory, files: shellServices.files }),
  };
}
export type Services = ReturnType<typeof createServices>;
