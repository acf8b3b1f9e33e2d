-- Comments on a plan: the inspectorate's oversight, and the service's replies. Never changed.

CREATE TABLE plan_comment (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  plan_id    BIGINT        NOT NULL,
  author     VARCHAR(254)  NOT NULL,
  inspectorate BOOLEAN     NOT NULL,
  written_at TIMESTAMP(3)  NOT NULL,
  text       VARCHAR(4000) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_comment_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_comment_plan ON plan_comment (plan_id, written_at);
