-- Where every recommendation and action of a plan stands, kept as data by the actionplan
-- component in the same transaction as each change (issue 12), and the dated history of each
-- status change. The rules that decide a status live in Java (actionplan.control); these tables
-- keep their results, so views, dashboards and reminders read them instead of working them out.

-- Each recommendation a plan answers, its own inspection's or carried forward from the one before:
-- the status its actions give (derived_status) and the one that counts (status: an inspector's
-- where one was set), and since when.
CREATE TABLE recommendation_progress (
  plan_id           BIGINT       NOT NULL,
  recommendation_id BIGINT       NOT NULL,
  carried           BOOLEAN      NOT NULL DEFAULT FALSE,
  status            VARCHAR(32)  NOT NULL,
  derived_status    VARCHAR(32)  NOT NULL,
  status_since      TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (plan_id, recommendation_id),
  CONSTRAINT fk_progress_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
  CONSTRAINT fk_progress_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT ck_progress_status CHECK (status IN ('OPEN','IN_PROGRESS','IMPLEMENTED','CLOSED_NOT_IMPLEMENTED')),
  CONSTRAINT ck_progress_derived CHECK (derived_status IN ('OPEN','IN_PROGRESS','IMPLEMENTED','CLOSED_NOT_IMPLEMENTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_progress_recommendation ON recommendation_progress (recommendation_id);

-- The inputs of an action's flags that used to be worked out from its updates on every read:
-- when anyone last said anything about it, and since when it has had its status.
ALTER TABLE plan_action
  ADD COLUMN last_activity_at TIMESTAMP(3) NULL AFTER status_reason,
  ADD COLUMN status_since     TIMESTAMP(3) NULL AFTER last_activity_at;

UPDATE plan_action a
   SET a.last_activity_at = COALESCE(
         (SELECT MAX(u.written_at) FROM progress_update u WHERE u.action_id = a.id), a.created_at),
       a.status_since = a.updated_at;

CREATE INDEX ix_action_plan_status ON plan_action (plan_id, status);

-- When the plan's recommendation_progress rows were last made true. NULL: never (a plan written
-- before this migration, or by a bulk load), so the application fills them at start-up.
ALTER TABLE action_plan ADD COLUMN progress_kept_at TIMESTAMP(3) NULL;

-- Every change of status of an action or of a recommendation within a plan: when, who (NULL when
-- the tracker moved it itself), from, to and why. Rows are only ever added.
CREATE TABLE status_change (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id           BIGINT        NOT NULL,
  action_id         BIGINT        NULL,
  recommendation_id BIGINT        NULL,
  changed_at        TIMESTAMP(3)  NOT NULL,
  changed_by        VARCHAR(254)  NULL,
  from_status       VARCHAR(32)   NULL,
  to_status         VARCHAR(32)   NOT NULL,
  reason            VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_change_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
  CONSTRAINT fk_status_change_action FOREIGN KEY (action_id) REFERENCES plan_action (id) ON DELETE CASCADE,
  CONSTRAINT fk_status_change_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT ck_change_subject CHECK ((action_id IS NULL) <> (recommendation_id IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_status_change_plan ON status_change (plan_id, changed_at);
CREATE INDEX ix_status_change_action ON status_change (action_id, changed_at);
CREATE INDEX ix_status_change_recommendation ON status_change (recommendation_id, changed_at);

-- Actions written before the history began: one entry each, their status as it stood then, dated
-- by their last change (the best date kept). Recommendations get theirs when the application
-- first keeps their progress.
INSERT INTO status_change (plan_id, action_id, changed_at, changed_by, from_status, to_status, reason)
SELECT a.plan_id, a.id, a.updated_at, NULL, NULL, a.status,
       'Status when the tracker began keeping history; earlier changes were not recorded'
  FROM plan_action a;

-- The trigger that keeps progress updates append-only does the same for the history.
CREATE TRIGGER status_change_no_update BEFORE UPDATE ON status_change FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'status_change is append-only';
