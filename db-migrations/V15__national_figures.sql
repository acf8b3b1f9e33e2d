-- The national dashboard's own table (issue 12): one row per service with a published inspection,
-- holding everything a row of the national table shows, sorts and filters on. The dashboard keeps
-- it from actionplan's read API (PlanProgress) and the inspection and organisation entities, in
-- the transaction of every write that changes what a row shows, and again when time alone changes
-- a figure (next_change_on). Nothing else writes it; it can always be rebuilt from the other
-- tables, so it has no foreign keys to them.
CREATE TABLE national_service (
  service_id                  BIGINT       NOT NULL,
  service_name                VARCHAR(200) NOT NULL,
  region                      VARCHAR(32)  NOT NULL,
  -- The latest published inspection (by publication date, then entry) and its ratings.
  inspection_id               BIGINT       NOT NULL,
  framework_code              VARCHAR(40)  NOT NULL,
  framework_name              VARCHAR(200) NOT NULL,
  published_on                DATE         NOT NULL,
  published_precision         VARCHAR(8)   NOT NULL,
  overall                     VARCHAR(32)  NULL,
  -- Outstanding 4 down to inadequate 1, 0 without an overall rating: the sort order.
  overall_rank                TINYINT      NOT NULL,
  score                       INT          NULL,
  -- The overall rating of the rated published inspection before the latest one (the changes chart).
  previous_overall            VARCHAR(32)  NULL,
  -- The latest inspection's plan (NULL: not started) and where it stands.
  plan_id                     BIGINT       NULL,
  plan_status                 VARCHAR(16)  NULL,
  plan_stage                  VARCHAR(16)  NOT NULL,
  -- PlanStage's order: the sort order.
  stage_rank                  TINYINT      NOT NULL,
  due_date                    DATE         NULL,
  -- PlanFigures.late() and daysLate: kept, not worked out again here.
  plan_late                   BOOLEAN      NOT NULL,
  days_late                   INT          NOT NULL,
  open_recommendations        INT          NOT NULL,
  implemented_recommendations INT          NOT NULL,
  overdue_actions             INT          NOT NULL,
  due_soon_actions            INT          NOT NULL,
  stale_actions               INT          NOT NULL,
  blocked_actions             INT          NOT NULL,
  -- The UK day the time-dependent figures were worked out for, and the first day after it on
  -- which one of them may read differently with nobody writing anything (NULL: never).
  figures_on                  DATE         NOT NULL,
  next_change_on              DATE         NULL,
  PRIMARY KEY (service_id),
  CONSTRAINT ck_national_stage CHECK (plan_stage IN ('NOT_STARTED','DRAFT','ENDORSED','SUBMITTED_LATE','SUBMITTED','ACTIVE','CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One index per sort key and direction, the service's name and id after it as in every ORDER BY
-- (ties keep a stable, alphabetical order both ways), so a page is read off an index. Sorted on
-- the name itself, a descending page reads its index backwards.
-- The name's also covers the count and charts of a "name contains" filter (a scan of the names).
CREATE INDEX ix_national_name ON national_service (service_name, service_id, overall, previous_overall);
CREATE INDEX ix_national_region ON national_service (region, service_name, service_id);
CREATE INDEX ix_national_region_desc ON national_service (region DESC, service_name, service_id);
CREATE INDEX ix_national_framework ON national_service (framework_name, service_name, service_id);
CREATE INDEX ix_national_framework_desc ON national_service (framework_name DESC, service_name, service_id);
CREATE INDEX ix_national_published ON national_service (published_on, service_name, service_id);
CREATE INDEX ix_national_published_desc ON national_service (published_on DESC, service_name, service_id);
CREATE INDEX ix_national_overall_rank ON national_service (overall_rank, service_name, service_id);
CREATE INDEX ix_national_overall_rank_desc ON national_service (overall_rank DESC, service_name, service_id);
CREATE INDEX ix_national_score ON national_service (score, service_name, service_id);
CREATE INDEX ix_national_score_desc ON national_service (score DESC, service_name, service_id);
CREATE INDEX ix_national_stage ON national_service (stage_rank, service_name, service_id);
CREATE INDEX ix_national_stage_desc ON national_service (stage_rank DESC, service_name, service_id);
CREATE INDEX ix_national_days_late ON national_service (days_late, service_name, service_id);
CREATE INDEX ix_national_days_late_desc ON national_service (days_late DESC, service_name, service_id);
CREATE INDEX ix_national_open ON national_service (open_recommendations, service_name, service_id);
CREATE INDEX ix_national_open_desc ON national_service (open_recommendations DESC, service_name, service_id);
CREATE INDEX ix_national_implemented ON national_service (implemented_recommendations, service_name, service_id);
CREATE INDEX ix_national_implemented_desc ON national_service (implemented_recommendations DESC, service_name, service_id);
CREATE INDEX ix_national_overdue ON national_service (overdue_actions, service_name, service_id);
CREATE INDEX ix_national_overdue_desc ON national_service (overdue_actions DESC, service_name, service_id);
CREATE INDEX ix_national_stale ON national_service (stale_actions, service_name, service_id);
CREATE INDEX ix_national_stale_desc ON national_service (stale_actions DESC, service_name, service_id);
-- The framework and late filters: their pages, and their count and charts from the index alone.
CREATE INDEX ix_national_framework_code ON national_service (framework_code, overall, previous_overall);
CREATE INDEX ix_national_late ON national_service (plan_late, service_name, service_id);
CREATE INDEX ix_national_late_ratings ON national_service (plan_late, overall, previous_overall);
-- The count and both charts in one pass: GROUP BY overall, previous_overall.
CREATE INDEX ix_national_ratings ON national_service (overall, previous_overall);
CREATE INDEX ix_national_inspection ON national_service (inspection_id);
-- Rows whose figures time has moved on (read before each page, and by the nightly refresh); a
-- row worked out for a later day than today (a clock set back) is worked out again too.
CREATE INDEX ix_national_next_change ON national_service (next_change_on);
CREATE INDEX ix_national_figures_on ON national_service (figures_on);

-- What the owner and theme filters look up: the kinds of organisation the latest inspection's
-- recommendations are addressed to, and the codes of the themes confirmed for them. Kept with the
-- row; a filter is then an index range read instead of a search of every recommendation.
CREATE TABLE national_service_owner_kind (
  kind       VARCHAR(32) NOT NULL,
  service_id BIGINT      NOT NULL,
  PRIMARY KEY (kind, service_id),
  CONSTRAINT fk_national_kind_service FOREIGN KEY (service_id) REFERENCES national_service (service_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_national_kind_service ON national_service_owner_kind (service_id);

CREATE TABLE national_service_theme (
  theme_code VARCHAR(40) NOT NULL,
  service_id BIGINT      NOT NULL,
  PRIMARY KEY (theme_code, service_id),
  CONSTRAINT fk_national_theme_service FOREIGN KEY (service_id) REFERENCES national_service (service_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_national_theme_service ON national_service_theme (service_id);
