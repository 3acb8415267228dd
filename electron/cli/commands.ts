// The CLI's command table. Each command lives in its own file.
import type { CliCommand } from './args';
import { profileCommand } from './profile';
import { importCommand } from './import';
import { searchCommand } from './search';
import { issueCommand } from './issue';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { extractCommand } from './extract';
import { draftReportCommand } from './draft-report';
import { renderCommand } from './render';
import { demoCommand } from './demo';

export const commands: readonly CliCommand[] = [profileCommand, importCommand, searchCommand, issueCommand, backupCommand, restoreCommand, extractCommand, draftReportCommand, renderCommand, demoCommand];
