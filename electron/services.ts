// Composes the domain services over one open database. Every entry point (Electron IPC,
// the loopback bridge, the CLI) goes through these same services.
import type { Db } from './db/open';
import { createShellServices, type ShellOptions } from './app/compose';
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

export type ServicesOptions = { db: Db; dataDir: string; clock?: Clock; shell?: ShellOptions };

export function createServices({ db, dataDir, clock = () => new Date(), shell = {} }: ServicesOptions) {
  const shellServices = createShellServices({ ...shell, db, dataDir, clock });
  return {
    db,
    dataDir,
    clock,
    ...shellServices,
    format: createFormatService({ db, clock, profile: createProfileService(db, clock) }),
    templates: createTemplatesService({ db, clock, profile: createProfileService(db, clock), files: shellServices.files }),
    profile: createProfileService(db, clock),
    outgoing: createOutgoingService({ db, clock, profile: createProfileService(db, clock), render: () => documentRenderer(clock) }),
    backup: createBackupService({ db, dataDir, clock }),
    directory: createDirectoryService(db, clock),
    incoming: createIncomingService(db, clock),
    handling: createHandlingService(db, clock),
    drafts: createDraftsService(db, clock),
    documents: createDocumentsService({ profile: createProfileService(db, clock), clock }),
    report: createReportService({ profile: createProfileService(db, clock), clock }),
  };
}
export type Services = ReturnType<typeof createServices>;
