-- Outgoing register (sổ văn bản đi) and its number ledger.
-- A counter is one numbering series: issuer × type × term (Party) or issuer × year (State),
-- secret documents in their own series. next_serial is the number the next issue will take.
CREATE TABLE number_counter (
  id INTEGER PRIMARY KEY,
  issuer_code TEXT NOT NULL,
  -- '' when the series covers every type (State policy: one series per issuer per year).
  type_code TEXT NOT NULL,
  -- 'term:<start date>' or 'year:<yyyy>'.
  period TEXT NOT NULL,
  period_label TEXT NOT NULL,
  policy TEXT NOT NULL CHECK (policy IN ('party', 'state')),
  secret INTEGER NOT NULL CHECK (secret IN (0, 1)),
  next_serial INTEGER NOT NULL CHECK (next_serial >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (issuer_code, type_code, period, secret)
) STRICT;

-- Every issued number is a row here, forever: voiding sets status, it never frees the number
-- (UNIQUE (counter_id, serial) makes reuse impossible even by mistake).
CREATE TABLE outgoing_document (
  id INTEGER PRIMARY KEY,
  counter_id INTEGER NOT NULL REFERENCES number_counter(id),
  serial INTEGER NOT NULL CHECK (serial >= 1),
  type_code TEXT NOT NULL,
  issuer_code TEXT NOT NULL,
  symbol TEXT NOT NULL,
  number_style TEXT NOT NULL CHECK (number_style IN ('party', 'state')),
  doc_date TEXT NOT NULL,
  subject TEXT NOT NULL,
  signer_name TEXT NOT NULL DEFAULT '',
  signer_title TEXT NOT NULL DEFAULT '',
  addressees TEXT NOT NULL DEFAULT '',
  distribution TEXT NOT NULL DEFAULT '',
  copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 0),
  secrecy TEXT NOT NULL DEFAULT '',
  urgency TEXT NOT NULL DEFAULT '',
  incoming_id INTEGER,
  template_id TEXT,
  template_data TEXT,
  profile_id INTEGER REFERENCES office_profile(id),
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'void')),
  void_reason TEXT,
  voided_at TEXT,
  search_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (counter_id, serial)
) STRICT;
CREATE INDEX outgoing_date ON outgoing_document(doc_date DESC, id DESC);
CREATE INDEX outgoing_incoming ON outgoing_document(incoming_id) WHERE incoming_id IS NOT NULL;

CREATE TABLE outgoing_file (
  id INTEGER PRIMARY KEY,
  outgoing_id INTEGER NOT NULL REFERENCES outgoing_document(id),
  kind TEXT NOT NULL CHECK (kind IN ('docx', 'pdf')),
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (outgoing_id, kind)
) STRICT;
