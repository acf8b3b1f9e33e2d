-- A carried recommendation keeps what the next inspection found of it (the outcome and the
-- inspector's note that justify carrying it), so the plan that carries it shows them without
-- reading the re-inspection component's tables: re-inspection depends on actionplan, never the
-- other way round (issue 12). Re-inspection passes them when it carries a recommendation and
-- again whenever the inspector corrects them.
ALTER TABLE carried_recommendation
  ADD COLUMN outcome      VARCHAR(24)   NULL AFTER recommendation_id,
  ADD COLUMN outcome_note VARCHAR(4000) NULL AFTER outcome;

-- Only what was not (fully) met is ever carried; any other value left behind by old data stays
-- out rather than breaking the constraint below.
UPDATE carried_recommendation c
  JOIN recommendation_outcome o ON o.recommendation_id = c.recommendation_id
   SET c.outcome = o.outcome,
       c.outcome_note = o.note
 WHERE o.outcome IN ('PARTLY_MET', 'NOT_MET');

-- NULL only for a row carried before this migration without an outcome on record.
ALTER TABLE carried_recommendation
  ADD CONSTRAINT ck_carried_outcome CHECK (outcome IS NULL OR outcome IN ('PARTLY_MET', 'NOT_MET'));
