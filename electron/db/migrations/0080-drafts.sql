-- Autosaved compose drafts: nothing typed is lost when switching screens or after a crash.
-- `data` is the compose screen's own state; nothing filters on it, so it stays one JSON text.
CREATE TABLE compose_draft (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('forwarding', 'quickReport', 'other')),
  title TEXT NOT NULL DEFAULT '',
  incoming_id INTEGER,
  data TEXT NOT NULL CHECK (json_valid(data)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX compose_draft_updated ON compose_draft(updated_at DESC);
