-- Keep what the parser read on the incoming record (issue 11): composing builds from these columns
-- instead of re-parsing the stored full text. Lists are one item per line (nobody filters on them);
-- the cited documents get their own table.
ALTER TABLE incoming ADD COLUMN parent_body TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN issuer_line TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN issuer_code TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN serial INTEGER CHECK (serial IS NULL OR serial > 0);
ALTER TABLE incoming ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN signer_title TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN signing_authority TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN addressees TEXT NOT NULL DEFAULT '';
ALTER TABLE incoming ADD COLUMN distribution TEXT NOT NULL DEFAULT '';
-- Per-field parser confidence, {"number": 0.9, ...}; shown in review, never filtered on.
ALTER TABLE incoming ADD COLUMN parse_confidence TEXT CHECK (parse_confidence IS NULL OR json_valid(parse_confidence));

CREATE TABLE incoming_reference (
  incoming_id INTEGER NOT NULL REFERENCES incoming(id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  number TEXT,
  ref_date TEXT,
  issuer TEXT,
  subject TEXT,
  PRIMARY KEY (incoming_id, position)
) STRICT, WITHOUT ROWID;
