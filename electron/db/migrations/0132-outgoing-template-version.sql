-- Which version of an office template an issued document was rendered from (issue 12): editing the
-- template later never changes what the register says the document was made with. NULL = a built-in
-- template (unversioned) or a document not made from a template.
ALTER TABLE outgoing_document ADD COLUMN template_version INTEGER CHECK (template_version IS NULL OR template_version >= 1);
