-- Improvement plans: one per inspection, its actions against the recommendations, and the dated
-- progress updates owners write. Updates are never overwritten: a correction is a new update.

CREATE TABLE action_plan (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  inspection_id BIGINT       NOT NULL,
  status        VARCHAR(16)  NOT NULL,
  due_date      DATE         NOT NULL,
  endorsed_by   VARCHAR(254) NULL,
  endorsed_at   TIMESTAMP(3) NULL,
  submitted_by  VARCHAR(254) NULL,
  submitted_at  TIMESTAMP(3) NULL,
  closed_at     TIMESTAMP(3) NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT uq_plan_inspection UNIQUE (inspection_id),
  CONSTRAINT fk_plan_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT ck_plan_status CHECK (status IN ('DRAFT','ENDORSED','SUBMITTED','ACTIVE','CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How the service answers each recommendation: whether it agrees, who leads, and any status an
-- inspector has set over the one its actions give.
CREATE TABLE recommendation_response (
  recommendation_id BIGINT        NOT NULL,
  acceptance        VARCHAR(16)   NULL,
  acceptance_reason VARCHAR(2000) NULL,
  lead_owner_id     BIGINT        NULL,
  status_override   VARCHAR(32)   NULL,
  status_reason     VARCHAR(2000) NULL,
  status_set_by     VARCHAR(254)  NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (recommendation_id),
  CONSTRAINT fk_response_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT fk_response_lead FOREIGN KEY (lead_owner_id) REFERENCES organisation (id),
  CONSTRAINT ck_response_acceptance CHECK (acceptance IN ('AGREED','PARTLY_AGREED','NOT_AGREED')),
  CONSTRAINT ck_response_status CHECK (status_override IN ('OPEN','IN_PROGRESS','IMPLEMENTED','CLOSED_NOT_IMPLEMENTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE plan_action (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id              BIGINT        NOT NULL,
  lead_organisation_id BIGINT        NOT NULL,
  lead_person          VARCHAR(200)  NULL,
  description          VARCHAR(4000) NOT NULL,
  success_measure      VARCHAR(2000) NULL,
  area_for_improvement VARCHAR(2000) NULL,
  start_date           DATE          NULL,
  target_date          DATE          NULL,
  status               VARCHAR(16)   NOT NULL,
  status_reason        VARCHAR(2000) NULL,
  created_by           VARCHAR(254)  NOT NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT fk_action_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
  CONSTRAINT fk_action_lead FOREIGN KEY (lead_organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_action_status CHECK (status IN ('NOT_STARTED','IN_PROGRESS','COMPLETE','BLOCKED','CANCELLED')),
  CONSTRAINT ck_action_dates CHECK (start_date IS NULL OR target_date IS NULL OR target_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_action_lead ON plan_action (lead_organisation_id);

CREATE TABLE plan_action_recommendation (
  action_id         BIGINT NOT NULL,
  recommendation_id BIGINT NOT NULL,
  PRIMARY KEY (action_id, recommendation_id),
  CONSTRAINT fk_par_action FOREIGN KEY (action_id) REFERENCES plan_action (id) ON DELETE CASCADE,
  CONSTRAINT fk_par_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every move of a target date, with its reason: the history of dates.
CREATE TABLE action_target_change (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  action_id  BIGINT        NOT NULL,
  from_date  DATE          NULL,
  to_date    DATE          NULL,
  reason     VARCHAR(2000) NOT NULL,
  changed_by VARCHAR(254)  NOT NULL,
  changed_at TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_change_action FOREIGN KEY (action_id) REFERENCES plan_action (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE progress_update (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  action_id        BIGINT        NOT NULL,
  author           VARCHAR(254)  NOT NULL,
  written_at       TIMESTAMP(3)  NOT NULL,
  narrative        VARCHAR(8000) NOT NULL,
  rag              VARCHAR(8)    NOT NULL,
  percent_complete INT           NULL,
  corrects_id      BIGINT        NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_update_action FOREIGN KEY (action_id) REFERENCES plan_action (id) ON DELETE CASCADE,
  CONSTRAINT fk_update_corrects FOREIGN KEY (corrects_id) REFERENCES progress_update (id),
  CONSTRAINT ck_update_rag CHECK (rag IN ('RED','AMBER','GREEN')),
  CONSTRAINT ck_update_percent CHECK (percent_complete BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_update_action ON progress_update (action_id, written_at);

CREATE TABLE progress_evidence_link (
  update_id BIGINT        NOT NULL,
  position  INT           NOT NULL,
  title     VARCHAR(200)  NOT NULL,
  url       VARCHAR(2000) NOT NULL,
  PRIMARY KEY (update_id, position),
  CONSTRAINT fk_link_update FOREIGN KEY (update_id) REFERENCES progress_update (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Progress updates cannot be changed once written, whatever client writes to the database.
CREATE TRIGGER progress_update_no_update BEFORE UPDATE ON progress_update FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'progress_update is append-only';
