-- Files attached to progress updates as evidence: type and size are checked on upload.

CREATE TABLE progress_evidence_file (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  update_id    BIGINT        NOT NULL,
  file_name    VARCHAR(255)  NOT NULL,
  content_type VARCHAR(100)  NOT NULL,
  size_bytes   BIGINT        NOT NULL,
  sha256       CHAR(64)      NOT NULL,
  content      LONGBLOB      NOT NULL,
  uploaded_by  VARCHAR(254)  NOT NULL,
  uploaded_at  TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_file_update FOREIGN KEY (update_id) REFERENCES progress_update (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_file_update ON progress_evidence_file (update_id);
