-- The office's choices on the UNCONFIRMED format rules ("Thể thức" in Cài đặt), dated like the office
-- profile: the row with the latest valid_from on or before a document's date applies to it. NULL in a
-- column = the format profile's default (the guide's).
CREATE TABLE format_settings (
  id INTEGER PRIMARY KEY,
  valid_from TEXT NOT NULL UNIQUE,
  kind_title_size REAL,
  issuer_size REAL,
  number_colon INTEGER CHECK (number_colon IN (0, 1)),
  letter_subject_prefix TEXT CHECK (letter_subject_prefix IN ('', 'V/v', 'Về việc')),
  addressee_item_end TEXT CHECK (addressee_item_end IN (',', ';')),
  addressee_last_end TEXT CHECK (addressee_last_end IN ('.', '')),
  distribution_item_end TEXT CHECK (distribution_item_end IN (',', ';')),
  distribution_last_end TEXT CHECK (distribution_last_end IN ('.', '')),
  closing_mark INTEGER CHECK (closing_mark IN (0, 1)),
  line_height_pt REAL,
  page_number_position TEXT CHECK (page_number_position IN ('top-center', 'bottom-center')),
  page_number_from_page INTEGER CHECK (page_number_from_page IN (1, 2)),
  signature_title_bold INTEGER CHECK (signature_title_bold IN (0, 1)),
  name_tones TEXT CHECK (name_tones IN ('keep', 'old', 'new')),
  -- Why: "Hướng dẫn 05-HD/VPTW (2026)", a decision of the Ban…
  basis TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
