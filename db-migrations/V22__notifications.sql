-- Reminders and notifications (issue 15), owned by the notification component.
--
-- A notification is written in the transaction of what caused it (a comment, a submission) or by
-- the reminder run (an action due soon, overdue or gone quiet; a plan due for endorsement or
-- submission). It waits there until it goes out in a mail: on its own (IMMEDIATELY) or in the
-- person's weekly digest (WEEKLY). The unique key makes "at most once per person, item and period"
-- the database's rule, so two instances running at once cannot write it twice.

-- A person's choice per kind. No row: the default, the weekly digest.
CREATE TABLE notification_preference (
  account_id BIGINT       NOT NULL,
  kind       VARCHAR(32)  NOT NULL,
  delivery   VARCHAR(16)  NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (account_id, kind),
  CONSTRAINT fk_preference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_preference_kind CHECK (kind IN ('DUE_SOON','OVERDUE','STALE','PLAN_DUE','LATE_PLANS','COMMENT','PLAN_SUBMITTED')),
  CONSTRAINT ck_preference_delivery CHECK (delivery IN ('OFF','IMMEDIATELY','WEEKLY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One mail: a digest or a mail about one thing. Sent by the worker: claimed (claimed_until) by one
-- instance at a time with SELECT ... FOR UPDATE SKIP LOCKED, retried with backoff while QUEUED,
-- FAILED once retrying cannot help or the attempts run out.
CREATE TABLE outbox_mail (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  account_id      BIGINT        NOT NULL,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body_text       MEDIUMTEXT    NOT NULL,
  body_html       MEDIUMTEXT    NOT NULL,
  unsubscribe_url VARCHAR(500)  NULL,
  digest_week     VARCHAR(8)    NULL,
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP(3)  NOT NULL,
  claimed_until   TIMESTAMP(3)  NULL,
  last_error      VARCHAR(1000) NULL,
  transport       VARCHAR(100)  NULL,
  reference       VARCHAR(200)  NULL,
  created_at      TIMESTAMP(3)  NOT NULL,
  sent_at         TIMESTAMP(3)  NULL,
  PRIMARY KEY (id),
  -- One weekly digest per person and ISO week ("2026-W49"); NULL for mails about one thing.
  CONSTRAINT uq_mail_digest UNIQUE (account_id, digest_week),
  CONSTRAINT fk_mail_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_mail_status CHECK (status IN ('QUEUED','SENT','FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_due ON outbox_mail (status, next_attempt_at);
CREATE INDEX ix_mail_created ON outbox_mail (created_at);

CREATE TABLE notification (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  account_id BIGINT        NOT NULL,
  kind       VARCHAR(32)   NOT NULL,
  item_key   VARCHAR(64)   NOT NULL,
  period     VARCHAR(16)   NOT NULL,
  title      VARCHAR(500)  NOT NULL,
  detail     VARCHAR(1000) NULL,
  link       VARCHAR(500)  NOT NULL,
  delivery   VARCHAR(16)   NOT NULL,
  state      VARCHAR(16)   NOT NULL,
  mail_id    BIGINT        NULL,
  created_at TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_notification UNIQUE (account_id, kind, item_key, period),
  CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_notification_mail FOREIGN KEY (mail_id) REFERENCES outbox_mail (id) ON DELETE SET NULL,
  CONSTRAINT ck_notification_kind CHECK (kind IN ('DUE_SOON','OVERDUE','STALE','PLAN_DUE','LATE_PLANS','COMMENT','PLAN_SUBMITTED')),
  CONSTRAINT ck_notification_delivery CHECK (delivery IN ('IMMEDIATELY','WEEKLY')),
  -- WAITING for its mail; MAILED in mail_id; DROPPED: no longer true when its mail was made.
  CONSTRAINT ck_notification_state CHECK (state IN ('WAITING','MAILED','DROPPED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_waiting ON notification (state, account_id);
CREATE INDEX ix_notification_mail ON notification (mail_id);

-- Each reminder run: when, started by the schedule or by whom, and what it did.
CREATE TABLE reminder_run (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  started_at    TIMESTAMP(3) NOT NULL,
  finished_at   TIMESTAMP(3) NULL,
  started_by    VARCHAR(254) NULL,
  first_run     BOOLEAN      NOT NULL,
  found         INT          NOT NULL DEFAULT 0,
  written       INT          NOT NULL DEFAULT 0,
  mails_queued  INT          NOT NULL DEFAULT 0,
  mails_sent    INT          NOT NULL DEFAULT 0,
  mails_failed  INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A lease: one instance at a time runs the reminders (the others find it held and skip).
CREATE TABLE job_lease (
  name       VARCHAR(64)  NOT NULL,
  holder     VARCHAR(100) NULL,
  expires_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO job_lease (name, holder, expires_at) VALUES ('reminders', NULL, '1970-01-01 00:00:01');

-- The key that signs unsubscribe links: made here, once per database, never in the repository.
CREATE TABLE notification_key (
  id     TINYINT       NOT NULL,
  secret VARBINARY(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO notification_key (id, secret) VALUES (1, RANDOM_BYTES(32));
