-- Register filters without a table scan: counting "issuer contains …" or "type = CV" over
-- 100,000 rows read the whole table (~200 ms); these narrow partial indexes cover both counts.
-- deleted_at is a column (not a partial-index condition) so the LIKE count is a covering index scan.
CREATE INDEX incoming_issuer_key ON incoming(issuer_key, deleted_at);
CREATE INDEX incoming_type_code ON incoming(type_code, reg_key) WHERE deleted_at IS NULL;
CREATE INDEX incoming_live_arrival ON incoming(arrival_date, reg_key) WHERE deleted_at IS NULL;
