// The CLI's command table. Each command lives in its own file.
import type { CliCommand } from './args';
import { profileCommand } from './profile';

export const commands: readonly CliCommand[] = [profileCommand];
