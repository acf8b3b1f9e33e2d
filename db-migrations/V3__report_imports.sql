-- Reports uploaded for import: the text read from them, the draft extracted (as corrected by the
-- reviewer), and the inspection it became once confirmed.

CREATE TABLE report_import (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  status        VARCHAR(16)   NOT NULL,
  source_type   VARCHAR(8)    NOT NULL,
  file_name     VARCHAR(255)  NULL,
  size_bytes    BIGINT        NOT NULL,
  text_sha256   CHAR(64)      NOT NULL,
  text          LONGTEXT      NOT NULL,
  draft         LONGTEXT      NOT NULL,
  inspection_id BIGINT        NULL,
  created_by    VARCHAR(254)  NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT fk_import_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id) ON DELETE SET NULL,
  CONSTRAINT ck_import_status CHECK (status IN ('DRAFT','CONFIRMED')),
  CONSTRAINT ck_import_source CHECK (source_type IN ('TEXT','PDF'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The same report uploaded twice is found by the digest of its text.
CREATE INDEX ix_import_digest ON report_import (text_sha256);
