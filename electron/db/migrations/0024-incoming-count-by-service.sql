-- The per-row insert trigger of 0023 doubled the cost of a bulk import (one upsert per document).
-- The incoming service now adds a whole batch to incoming_count in one upsert per (year, status),
-- in the same transaction; updates and deletes (one record at a time) keep their triggers.
DROP TRIGGER incoming_count_insert;
