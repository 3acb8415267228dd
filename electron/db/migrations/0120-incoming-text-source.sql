-- Where an incoming record's full text came from (issue 13): the file's own text, OCR of a scan,
-- or typed by hand. OCR text is searchable like any other, but the clerk (and a later reader)
-- must know it was recognised from an image.
ALTER TABLE incoming ADD COLUMN text_source TEXT NOT NULL DEFAULT 'text' CHECK (text_source IN ('text', 'ocr', 'typed'));
