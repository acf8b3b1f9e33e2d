-- Older covers give only the month of fieldwork ("Dates of inspection fieldwork: September 2019"),
-- as most give only the month of publication (issue 14): the date is then the month's first day
-- and its precision says so, so that pages show "September 2019", never an invented day.
ALTER TABLE inspection
  ADD COLUMN fieldwork_precision VARCHAR(8) NOT NULL DEFAULT 'DAY' AFTER fieldwork_start,
  ADD CONSTRAINT ck_inspection_fieldwork_precision CHECK (fieldwork_precision IN ('DAY','MONTH'));
