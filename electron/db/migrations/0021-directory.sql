-- Recipients: units as written in Kính gửi / Nơi nhận, and ordered recipient groups.
-- name_key = nameKey(name) so "Đảng ủy phường X" and "Đảng uỷ Phường X" are the same unit.
CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'khac' CHECK (kind IN ('cap-uy', 'ban-dang', 'chinh-quyen', 'mat-tran-doan-the', 'bao-chi', 'khac')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX unit_name_key ON unit(name_key) WHERE deleted_at IS NULL;

CREATE TABLE recipient_group (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  as_one_line INTEGER NOT NULL DEFAULT 0 CHECK (as_one_line IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX recipient_group_name_key ON recipient_group(name_key) WHERE deleted_at IS NULL;

CREATE TABLE recipient_group_member (
  group_id INTEGER NOT NULL REFERENCES recipient_group(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  unit_id INTEGER NOT NULL REFERENCES unit(id),
  PRIMARY KEY (group_id, position),
  UNIQUE (group_id, unit_id)
) STRICT;
CREATE INDEX recipient_group_member_unit ON recipient_group_member(unit_id);
