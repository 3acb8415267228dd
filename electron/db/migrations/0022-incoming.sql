-- Incoming register (sổ văn bản đến). Arrival numbers run from 1 each calendar year and are never
-- reused (soft-deleted rows keep theirs). reg_key orders the register and is the FTS rowid.
CREATE TABLE incoming (
  id INTEGER PRIMARY KEY,
  arrival_year INTEGER NOT NULL CHECK (arrival_year BETWEEN 1900 AND 2999),
  arrival_number INTEGER NOT NULL CHECK (arrival_number BETWEEN 1 AND 9999999),
  reg_key INTEGER NOT NULL GENERATED ALWAYS AS (arrival_year * 10000000 + arrival_number) STORED,
  arrival_date TEXT NOT NULL,
  issuer TEXT NOT NULL DEFAULT '',
  -- nameKey(issuer): the issuer filter matches folded text.
  issuer_key TEXT NOT NULL DEFAULT '',
  number TEXT NOT NULL DEFAULT '',
  doc_date TEXT,
  doc_type TEXT NOT NULL DEFAULT '',
  type_code TEXT,
  subject TEXT NOT NULL DEFAULT '',
  receiver TEXT NOT NULL DEFAULT '',
  handover_date TEXT,
  signature TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  secrecy TEXT CHECK (secrecy IN ('MẬT', 'TỐI MẬT', 'TUYỆT MẬT')),
  urgency TEXT CHECK (urgency IN ('KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC')),
  deadline TEXT,
  handler TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'moi' CHECK (status IN ('moi', 'dang-xu-ly', 'da-xu-ly')),
  full_text TEXT NOT NULL DEFAULT '',
  -- nameKey(number) | nameKey(issuer) | doc_date; NULL when the document has no number.
  dup_key TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (arrival_year, arrival_number)
) STRICT;
CREATE UNIQUE INDEX incoming_reg_key ON incoming(reg_key);
CREATE INDEX incoming_dup_key ON incoming(dup_key) WHERE dup_key IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX incoming_status ON incoming(status, reg_key) WHERE deleted_at IS NULL;
CREATE INDEX incoming_arrival_date ON incoming(arrival_date);

-- Files kept inside the database; the same bytes are stored once per record (sha256).
CREATE TABLE incoming_attachment (
  id INTEGER PRIMARY KEY,
  incoming_id INTEGER NOT NULL REFERENCES incoming(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL DEFAULT 'application/octet-stream',
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX incoming_attachment_sha ON incoming_attachment(incoming_id, sha256) WHERE deleted_at IS NULL;

-- Outgoing replies to an incoming document. outgoing_id has no FOREIGN KEY: the outgoing table is
-- created by a later migration (0050, outgoing_document); the service checks the id exists.
CREATE TABLE incoming_reply (
  incoming_id INTEGER NOT NULL REFERENCES incoming(id) ON DELETE CASCADE,
  outgoing_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (incoming_id, outgoing_id)
) STRICT;
CREATE INDEX incoming_reply_outgoing ON incoming_reply(outgoing_id);

-- Full-text index over a FOLDED copy (foldVietnamese: no diacritics, đ→d) written by the service
-- in the same transaction as the record. Contentless: the original text lives in `incoming` only.
CREATE VIRTUAL TABLE incoming_fts USING fts5(
  subject, meta, body,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);
