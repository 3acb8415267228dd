-- Office profile: the header lines, abbreviation, place and numbering policy of the office.
-- Profiles are dated so that an old document re-renders with the names valid at its date.
CREATE TABLE office_profile (
  id INTEGER PRIMARY KEY,
  parent_body TEXT NOT NULL DEFAULT '',
  issuer TEXT NOT NULL,
  issuer_code TEXT NOT NULL,
  place TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  numbering_policy TEXT NOT NULL DEFAULT 'party' CHECK (numbering_policy IN ('party', 'state')),
  format_profile TEXT NOT NULL DEFAULT 'party-hd36-2018',
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE office_signer (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES office_profile(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  authority TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX office_signer_profile ON office_signer(profile_id, position);

CREATE TABLE office_term (
  id INTEGER PRIMARY KEY,
  profile_id INTEGER NOT NULL REFERENCES office_profile(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT
) STRICT;
CREATE INDEX office_term_profile ON office_term(profile_id, start_date);
