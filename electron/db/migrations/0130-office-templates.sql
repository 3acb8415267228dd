-- The office's own templates (issue 12). A template's wording lives in versions: saving makes a
-- new version and never changes an old one, so an issued document or a started draft that names
-- (template_id, version) always renders the wording it was made with. Built-in templates stay in
-- templates/*.json; office ids start with "cq-" so the two never clash.
CREATE TABLE office_template (
  id TEXT PRIMARY KEY CHECK (id GLOB 'cq-*'),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  type_code TEXT NOT NULL,
  -- The built-in it was copied from, if any.
  based_on TEXT,
  current_version INTEGER NOT NULL CHECK (current_version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  -- Removed from the library; its versions stay for the documents that name them.
  removed_at TEXT
) STRICT;

CREATE TABLE office_template_version (
  template_id TEXT NOT NULL REFERENCES office_template(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  -- The validated definition (shared/templates templateDefSchema); read back through the same checks.
  definition TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (template_id, version)
) STRICT;

CREATE INDEX outgoing_template ON outgoing_document(template_id) WHERE template_id IS NOT NULL;
