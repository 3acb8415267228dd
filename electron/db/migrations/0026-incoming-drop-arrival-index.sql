-- incoming_arrival_date (0022) is covered by incoming_live_arrival (0025): every register query
-- filters deleted_at IS NULL, so the planner uses the partial index. One index fewer to update per
-- record makes bulk imports faster. (IF EXISTS: a database already past this version never runs it.)
DROP INDEX IF EXISTS incoming_arrival_date;
