-- Reports are published as web pages now (issue 14): an import may come from a page's HTML,
-- uploaded or pasted; the text read from the page is what the import keeps.
ALTER TABLE report_import DROP CONSTRAINT ck_import_source;
ALTER TABLE report_import ADD CONSTRAINT ck_import_source
  CHECK (source_type IN ('TEXT','PDF','HTML'));
