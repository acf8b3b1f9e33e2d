-- Answers to creating requests (POST) that carried an Idempotency-Key header, so that a client's
-- retry gets the first answer again instead of making a second record. Owned by the idempotency
-- component; rows older than idempotency.retention.hours are deleted.
CREATE TABLE idempotency_key (
  key_digest     CHAR(64)      NOT NULL,  -- SHA-256 of the caller, method, path and key
  request_digest CHAR(64)      NOT NULL,  -- SHA-256 of the request body
  status         INT           NULL,      -- NULL while the first request is still running
  location       VARCHAR(2000) NULL,
  content_type   VARCHAR(255)  NULL,
  body           MEDIUMBLOB    NULL,
  created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (key_digest)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_idempotency_created ON idempotency_key (created_at);
