// Migrations are bundled into the build as strings; their order comes from this list,
// never from a directory listing. Never edit a migration that has landed: add a new one.
import m0010 from './0010-office-profile.sql?raw';
import m0020 from './0020-audit-log.sql?raw';
import m0021 from './0021-directory.sql?raw';
import m0022 from './0022-incoming.sql?raw';
import m0023 from './0023-incoming-counts.sql?raw';
import m0024 from './0024-incoming-count-by-service.sql?raw';
import m0025 from './0025-incoming-filter-indexes.sql?raw';
import m0026 from './0026-incoming-drop-arrival-index.sql?raw';
import m0040 from './0040-profile-terms.sql?raw';
import m0050 from './0050-outgoing.sql?raw';
import m0060 from './0060-backup-settings.sql?raw';
import m0080 from './0080-drafts.sql?raw';
import m0090 from './0090-incoming-parsed.sql?raw';
import m0100 from './0100-incoming-handling.sql?raw';
import m0101 from './0101-incoming-due-order.sql?raw';
import m0120 from './0120-incoming-text-source.sql?raw';
import m0130 from './0130-office-templates.sql?raw';
import m0131 from './0131-format-settings.sql?raw';
import m0132 from './0132-outgoing-template-version.sql?raw';

export type Migration = { version: number; name: string; sql: string };

export const migrations: readonly Migration[] = [
  { version: 10, name: '0010-office-profile', sql: m0010 },
  { version: 20, name: '0020-audit-log', sql: m0020 },
  { version: 21, name: '0021-directory', sql: m0021 },
  { version: 22, name: '0022-incoming', sql: m0022 },
  { version: 23, name: '0023-incoming-counts', sql: m0023 },
  { version: 24, name: '0024-incoming-count-by-service', sql: m0024 },
  { version: 25, name: '0025-incoming-filter-indexes', sql: m0025 },
  { version: 26, name: '0026-incoming-drop-arrival-index', sql: m0026 },
  { version: 40, name: '0040-profile-terms', sql: m0040 },
  { version: 50, name: '0050-outgoing', sql: m0050 },
  { version: 60, name: '0060-backup-settings', sql: m0060 },
  { version: 80, name: '0080-drafts', sql: m0080 },
  { version: 90, name: '0090-incoming-parsed', sql: m0090 },
  { version: 100, name: '0100-incoming-handling', sql: m0100 },
  { version: 101, name: '0101-incoming-due-order', sql: m0101 },
  { version: 120, name: '0120-incoming-text-source', sql: m0120 },
  { version: 130, name: '0130-office-templates', sql: m0130 },
  { version: 131, name: '0131-format-settings', sql: m0131 },
  { version: 132, name: '0132-outgoing-template-version', sql: m0132 },
];
