-- Actions get a short title of their own (issue 13): pages, lists, exports and e-mails name an
-- action by it instead of cutting its description mid-word. Existing actions take their
-- description's first sentence when that is short, else its first words up to a space within 90
-- characters, with an ellipsis: the rule new actions without a title follow (ActionTitles).
ALTER TABLE plan_action ADD COLUMN title VARCHAR(120) NULL AFTER lead_person;

UPDATE plan_action
   SET title = CASE
     WHEN LOCATE('. ', TRIM(description)) BETWEEN 2 AND 91
       THEN LEFT(TRIM(description), LOCATE('. ', TRIM(description)) - 1)
     WHEN CHAR_LENGTH(TRIM(description)) <= 90
       THEN TRIM(description)
     WHEN CHAR_LENGTH(SUBSTRING_INDEX(LEFT(TRIM(description), 91), ' ', 1)) < 91
          AND CHAR_LENGTH(LEFT(TRIM(description), 91))
              - CHAR_LENGTH(SUBSTRING_INDEX(LEFT(TRIM(description), 91), ' ', -1)) - 1 > 20
       THEN CONCAT(TRIM(LEFT(LEFT(TRIM(description), 91),
                CHAR_LENGTH(LEFT(TRIM(description), 91))
                - CHAR_LENGTH(SUBSTRING_INDEX(LEFT(TRIM(description), 91), ' ', -1)) - 1)), '…')
     ELSE CONCAT(LEFT(TRIM(description), 90), '…')
   END;

ALTER TABLE plan_action MODIFY title VARCHAR(120) NOT NULL;
