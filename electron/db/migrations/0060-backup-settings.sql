-- Backup settings (one row): folder ('' = <data folder>/backups), how many automatic backups
-- to keep, whether the daily automatic backup runs, and when it last ran.
CREATE TABLE backup_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  folder TEXT NOT NULL DEFAULT '',
  keep INTEGER NOT NULL DEFAULT 10 CHECK (keep BETWEEN 1 AND 365),
  auto_daily INTEGER NOT NULL DEFAULT 1 CHECK (auto_daily IN (0, 1)),
  last_auto_at TEXT,
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO backup_settings (id, updated_at) VALUES (1, '1970-01-01T00:00:00.000Z');
