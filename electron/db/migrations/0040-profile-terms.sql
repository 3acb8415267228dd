-- Office profile extensions: a display label for each term of the cấp ủy
-- ("nhiệm kỳ 2020 - 2025"); numbering counters key on the term's start date, so a term keeps
-- its identity across profile versions.
ALTER TABLE office_term ADD COLUMN label TEXT NOT NULL DEFAULT '';
CREATE INDEX office_profile_valid ON office_profile(valid_from, id) WHERE deleted_at IS NULL;
