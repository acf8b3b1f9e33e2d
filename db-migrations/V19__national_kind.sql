-- The kind of the latest inspection on the national table (issue 14): the 2025 framework has two
-- kinds (work with children and victims; youth justice services), and the table shows and filters
-- on the kind beside the framework. Kept like the row's other columns, from the inspection, by the
-- dashboard (NationalRows) in the transaction of every write that changes the row.
ALTER TABLE national_service ADD COLUMN inspection_kind VARCHAR(32) NULL AFTER framework_name;

UPDATE national_service n JOIN inspection i ON i.id = n.inspection_id
   SET n.inspection_kind = i.kind;

-- A row whose inspection is gone (none should be) is dropped: the start-up check then finds the
-- table out of step with the inspections and rebuilds it.
DELETE FROM national_service WHERE inspection_kind IS NULL;

ALTER TABLE national_service MODIFY COLUMN inspection_kind VARCHAR(32) NOT NULL;

-- The kind filter: its pages, and its count and charts from the index alone (as the framework's).
CREATE INDEX ix_national_kind ON national_service (inspection_kind, service_name, service_id);
CREATE INDEX ix_national_kind_ratings ON national_service (inspection_kind, overall, previous_overall);
