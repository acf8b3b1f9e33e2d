-- Foundation schema: the organisations directory, user accounts and access, the audit trail.
-- Written for MariaDB 10.11 and 11.4 alike: explicit charset and collation on every table,
-- because 11.x changed the server default collation.

CREATE TABLE organisation (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  kind        VARCHAR(32)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  region      VARCHAR(32)  NOT NULL,
  board_of_id BIGINT       NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT uq_organisation_kind_name UNIQUE (kind, name),
  -- A service has at most one management board.
  CONSTRAINT uq_organisation_board_of UNIQUE (board_of_id),
  CONSTRAINT fk_organisation_board_of FOREIGN KEY (board_of_id) REFERENCES organisation (id),
  CONSTRAINT ck_organisation_kind CHECK (kind IN ('YJS','MANAGEMENT_BOARD','LOCAL_AUTHORITY','POLICE','PCC','HEALTH','EDUCATION','PROBATION','OTHER')),
  CONSTRAINT ck_organisation_region CHECK (region IN ('NORTH_EAST','NORTH_WEST','YORKSHIRE_AND_THE_HUMBER','EAST_MIDLANDS','WEST_MIDLANDS','EAST_OF_ENGLAND','LONDON','SOUTH_EAST','SOUTH_WEST','WALES'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_region ON organisation (region);

-- A partner organisation serves one or more youth justice services.
CREATE TABLE organisation_serves (
  partner_id BIGINT NOT NULL,
  service_id BIGINT NOT NULL,
  PRIMARY KEY (partner_id, service_id),
  CONSTRAINT fk_serves_partner FOREIGN KEY (partner_id) REFERENCES organisation (id) ON DELETE CASCADE,
  CONSTRAINT fk_serves_service FOREIGN KEY (service_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_serves_service ON organisation_serves (service_id);

CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  email         VARCHAR(254) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  password_hash VARCHAR(512) NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  version       BIGINT       NOT NULL DEFAULT 0,
  created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT uq_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL,
  role       VARCHAR(32) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_account_role CHECK (role IN ('INSPECTORATE_ADMIN','INSPECTOR','SERVICE_LEAD','BOARD_MEMBER','PARTNER','VIEWER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_membership (
  account_id      BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL,
  PRIMARY KEY (account_id, organisation_id),
  CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_membership_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_membership_organisation ON account_membership (organisation_id);

-- Personal API tokens: only a SHA-256 digest of the token is stored.
CREATE TABLE api_token (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  account_id   BIGINT       NOT NULL,
  name         VARCHAR(100) NOT NULL,
  token_digest CHAR(64)     NOT NULL,
  token_prefix VARCHAR(16)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  expires_at   TIMESTAMP(3) NULL,
  last_used_at TIMESTAMP(3) NULL,
  revoked_at   TIMESTAMP(3) NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_token_digest UNIQUE (token_digest),
  CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  actor       VARCHAR(254) NOT NULL,
  action      VARCHAR(16)  NOT NULL,
  object_type VARCHAR(64)  NOT NULL,
  object_id   VARCHAR(64)  NOT NULL,
  reason      VARCHAR(1000) NULL,
  before_state LONGTEXT    NULL,
  after_state  LONGTEXT    NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_action CHECK (action IN ('CREATE','UPDATE','DELETE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_actor ON audit_entry (actor);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);

-- The audit trail is append-only, whatever client writes to the database.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
