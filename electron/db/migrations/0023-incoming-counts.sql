-- Register totals without counting 100,000 rows on every page: live (not deleted) records per
-- arrival year and status, kept exact by triggers. Used when a list has no filter other than
-- year and status.
CREATE TABLE incoming_count (
  arrival_year INTEGER NOT NULL,
  status TEXT NOT NULL,
  n INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (arrival_year, status)
) STRICT;

INSERT INTO incoming_count (arrival_year, status, n)
  SELECT arrival_year, status, count(*) FROM incoming WHERE deleted_at IS NULL GROUP BY arrival_year, status;

CREATE TRIGGER incoming_count_insert AFTER INSERT ON incoming WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO incoming_count (arrival_year, status, n) VALUES (NEW.arrival_year, NEW.status, 1)
    ON CONFLICT (arrival_year, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER incoming_count_update AFTER UPDATE OF arrival_year, status, deleted_at ON incoming
BEGIN
  UPDATE incoming_count SET n = n - 1 WHERE OLD.deleted_at IS NULL AND arrival_year = OLD.arrival_year AND status = OLD.status;
  INSERT INTO incoming_count (arrival_year, status, n) SELECT NEW.arrival_year, NEW.status, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (arrival_year, status) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER incoming_count_delete AFTER DELETE ON incoming WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE incoming_count SET n = n - 1 WHERE arrival_year = OLD.arrival_year AND status = OLD.status;
END;

-- Bulk imports write 1,000 documents per transaction: a 16 MB in-memory term buffer makes that one
-- index segment, and merging less eagerly (automerge 8 instead of 4) cuts index-building time.
INSERT INTO incoming_fts(incoming_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO incoming_fts(incoming_fts, rank) VALUES ('automerge', 8);
