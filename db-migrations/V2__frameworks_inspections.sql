-- Inspection frameworks as data (standards, key questions, rating bands, limiting judgements),
-- and inspections recorded against them: ratings, key questions, findings and recommendations.

CREATE TABLE framework (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  code          VARCHAR(40)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  applies_from  INT          NOT NULL,
  applies_until INT          NULL,
  -- Short Quality Screening reports carry neither ratings nor a score.
  rated         BOOLEAN      NOT NULL,
  scored        BOOLEAN      NOT NULL,
  version       BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_framework_code UNIQUE (code),
  CONSTRAINT ck_framework_years CHECK (applies_until IS NULL OR applies_until >= applies_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The rating scale and its scoring rules: a key question at or above min_percent is in the band,
-- a standard in the band scores points, an overall score at or above min_score earns the rating.
-- The order of ratings (Outstanding best) is the same on every scale the inspectorate uses.
CREATE TABLE framework_band (
  framework_id BIGINT      NOT NULL,
  rating       VARCHAR(32) NOT NULL,
  points       INT         NULL,
  min_percent  INT         NULL,
  min_score    INT         NULL,
  PRIMARY KEY (framework_id, rating),
  CONSTRAINT fk_band_framework FOREIGN KEY (framework_id) REFERENCES framework (id) ON DELETE CASCADE,
  CONSTRAINT ck_band_rating CHECK (rating IN ('OUTSTANDING','GOOD','REQUIRES_IMPROVEMENT','INADEQUATE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_domain (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  framework_id BIGINT       NOT NULL,
  code         VARCHAR(10)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  position     INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_domain_code UNIQUE (framework_id, code),
  CONSTRAINT fk_domain_framework FOREIGN KEY (framework_id) REFERENCES framework (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_standard (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  domain_id     BIGINT       NOT NULL,
  code          VARCHAR(10)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  position      INT          NOT NULL,
  case_sampled  BOOLEAN      NOT NULL,
  scored        BOOLEAN      NOT NULL,
  -- May be NOT_RATED (resettlement with no cases in the period).
  may_be_unrated BOOLEAN     NOT NULL DEFAULT FALSE,
  -- Limiting judgement: this standard rated limit_when caps the overall rating at limit_caps_at.
  limit_when    VARCHAR(32)  NULL,
  limit_caps_at VARCHAR(32)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_standard_code UNIQUE (domain_id, code),
  CONSTRAINT fk_standard_domain FOREIGN KEY (domain_id) REFERENCES framework_domain (id) ON DELETE CASCADE,
  CONSTRAINT ck_standard_limit CHECK ((limit_when IS NULL) = (limit_caps_at IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE framework_key_question (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  standard_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  text        VARCHAR(500) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_key_question_position UNIQUE (standard_id, position),
  CONSTRAINT fk_key_question_standard FOREIGN KEY (standard_id) REFERENCES framework_standard (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  service_id           BIGINT        NOT NULL,
  framework_id         BIGINT        NOT NULL,
  kind                 VARCHAR(32)   NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  fieldwork_start      DATE          NULL,
  published_on         DATE          NULL,
  -- Most reports give only the month of publication.
  published_precision  VARCHAR(8)    NOT NULL DEFAULT 'DAY',
  lead_inspector       VARCHAR(200)  NULL,
  report_reference     VARCHAR(500)  NULL,
  joint                BOOLEAN       NOT NULL DEFAULT FALSE,
  court_cases          INT           NULL,
  out_of_court_cases   INT           NULL,
  resettlement_cases   INT           NULL,
  cases_inspected      INT           NULL,
  published_score      INT           NULL,
  published_overall    VARCHAR(32)   NULL,
  previous_id          BIGINT        NULL,
  published_at         TIMESTAMP(3)  NULL,
  published_by         VARCHAR(254)  NULL,
  version              BIGINT        NOT NULL DEFAULT 0,
  created_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at           TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  CONSTRAINT fk_inspection_service FOREIGN KEY (service_id) REFERENCES organisation (id),
  CONSTRAINT fk_inspection_framework FOREIGN KEY (framework_id) REFERENCES framework (id),
  CONSTRAINT fk_inspection_previous FOREIGN KEY (previous_id) REFERENCES inspection (id) ON DELETE SET NULL,
  CONSTRAINT ck_inspection_kind CHECK (kind IN ('STANDARD','JOINT','SHORT_QUALITY_SCREENING','REINSPECTION')),
  CONSTRAINT ck_inspection_status CHECK (status IN ('DRAFT','PUBLISHED')),
  CONSTRAINT ck_inspection_precision CHECK (published_precision IN ('DAY','MONTH')),
  CONSTRAINT ck_inspection_overall CHECK (published_overall IN ('OUTSTANDING','GOOD','REQUIRES_IMPROVEMENT','INADEQUATE')),
  CONSTRAINT ck_inspection_counts CHECK (
    COALESCE(court_cases, 0) >= 0 AND COALESCE(out_of_court_cases, 0) >= 0
    AND COALESCE(resettlement_cases, 0) >= 0 AND COALESCE(cases_inspected, 0) >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_inspection_service_date ON inspection (service_id, published_on);
CREATE INDEX ix_inspection_published ON inspection (published_on);
CREATE INDEX ix_inspection_overall ON inspection (published_overall);

CREATE TABLE inspection_joint_inspectorate (
  inspection_id BIGINT       NOT NULL,
  position      INT          NOT NULL,
  name          VARCHAR(200) NOT NULL,
  PRIMARY KEY (inspection_id, position),
  CONSTRAINT fk_joint_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection_standard (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  inspection_id     BIGINT        NOT NULL,
  standard_id       BIGINT        NOT NULL,
  published_rating  VARCHAR(32)   NOT NULL,
  discretion_from   VARCHAR(32)   NULL,
  discretion_reason VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_inspection_standard UNIQUE (inspection_id, standard_id),
  CONSTRAINT fk_istandard_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id) ON DELETE CASCADE,
  CONSTRAINT fk_istandard_standard FOREIGN KEY (standard_id) REFERENCES framework_standard (id),
  CONSTRAINT ck_istandard_rating CHECK (published_rating IN ('OUTSTANDING','GOOD','REQUIRES_IMPROVEMENT','INADEQUATE','NOT_RATED')),
  CONSTRAINT ck_istandard_from CHECK (discretion_from IN ('OUTSTANDING','GOOD','REQUIRES_IMPROVEMENT','INADEQUATE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection_key_question (
  id                     BIGINT NOT NULL AUTO_INCREMENT,
  inspection_standard_id BIGINT NOT NULL,
  position               INT    NOT NULL,
  percent_yes            INT    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ikq_position UNIQUE (inspection_standard_id, position),
  CONSTRAINT fk_ikq_standard FOREIGN KEY (inspection_standard_id) REFERENCES inspection_standard (id) ON DELETE CASCADE,
  CONSTRAINT ck_ikq_percent CHECK (percent_yes BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inspection_prompt (
  key_question_id BIGINT        NOT NULL,
  position        INT           NOT NULL,
  text            VARCHAR(1000) NOT NULL,
  percent_yes     INT           NOT NULL,
  PRIMARY KEY (key_question_id, position),
  CONSTRAINT fk_prompt_key_question FOREIGN KEY (key_question_id) REFERENCES inspection_key_question (id) ON DELETE CASCADE,
  CONSTRAINT ck_prompt_percent CHECK (percent_yes BETWEEN 0 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Strengths and areas for improvement: of a standard, or of the whole inspection (SQS reports).
CREATE TABLE inspection_finding (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  inspection_id BIGINT        NOT NULL,
  standard_code VARCHAR(10)   NULL,
  kind          VARCHAR(32)   NOT NULL,
  position      INT           NOT NULL,
  text          VARCHAR(4000) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id) ON DELETE CASCADE,
  CONSTRAINT ck_finding_kind CHECK (kind IN ('STRENGTH','AREA_FOR_IMPROVEMENT'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_finding_inspection ON inspection_finding (inspection_id, standard_code, kind, position);

CREATE TABLE recommendation (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  inspection_id BIGINT        NOT NULL,
  number        INT           NOT NULL,
  heading       VARCHAR(500)  NULL,
  text          VARCHAR(4000) NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_recommendation_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id) ON DELETE CASCADE,
  CONSTRAINT ck_recommendation_number CHECK (number >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Numbers are unique within an inspection, checked by the application: a renumbering updates
-- rows one at a time, which a unique key would refuse halfway.
CREATE INDEX ix_recommendation_inspection ON recommendation (inspection_id, number);

CREATE TABLE recommendation_owner_kind (
  recommendation_id BIGINT      NOT NULL,
  kind              VARCHAR(32) NOT NULL,
  PRIMARY KEY (recommendation_id, kind),
  CONSTRAINT fk_rok_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT ck_rok_kind CHECK (kind IN ('YJS','MANAGEMENT_BOARD','LOCAL_AUTHORITY','POLICE','PCC','HEALTH','EDUCATION','PROBATION','OTHER'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recommendation_owner (
  recommendation_id BIGINT NOT NULL,
  organisation_id   BIGINT NOT NULL,
  PRIMARY KEY (recommendation_id, organisation_id),
  CONSTRAINT fk_ro_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT fk_ro_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_ro_organisation ON recommendation_owner (organisation_id);

CREATE TABLE recommendation_standard (
  recommendation_id BIGINT      NOT NULL,
  standard_code     VARCHAR(10) NOT NULL,
  PRIMARY KEY (recommendation_id, standard_code),
  CONSTRAINT fk_rs_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Seed frameworks ---------------------------------------------------------------------------

INSERT INTO framework (code, name, applies_from, applies_until, rated, scored) VALUES
  ('HMIP_SQS_2012', 'Short Quality Screening', 2012, 2017, FALSE, FALSE),
  ('HMIP_YJ_2018', 'Youth offending services standards framework (2018)', 2018, 2025, TRUE, TRUE),
  ('HMIP_YJ_2025', 'Youth justice work with children and victims (2025)', 2025, NULL, TRUE, FALSE);

INSERT INTO framework_band (framework_id, rating, points, min_percent, min_score)
SELECT f.id, b.rating, b.points, b.min_percent, b.min_score
FROM framework f JOIN (
  SELECT 'OUTSTANDING' AS rating, 3 AS points, 80 AS min_percent, 31 AS min_score
  UNION ALL SELECT 'GOOD', 2, 65, 19
  UNION ALL SELECT 'REQUIRES_IMPROVEMENT', 1, 50, 7
  UNION ALL SELECT 'INADEQUATE', 0, 0, 0
) b WHERE f.code = 'HMIP_YJ_2018';

-- The 2025 framework gives an overall rating; its scoring rules are to be added as data.
INSERT INTO framework_band (framework_id, rating, points, min_percent, min_score)
SELECT f.id, b.rating, NULL, NULL, NULL
FROM framework f JOIN (
  SELECT 'OUTSTANDING' AS rating
  UNION ALL SELECT 'GOOD'
  UNION ALL SELECT 'REQUIRES_IMPROVEMENT'
  UNION ALL SELECT 'INADEQUATE'
) b WHERE f.code = 'HMIP_YJ_2025';

INSERT INTO framework_domain (framework_id, code, name, position)
SELECT f.id, d.code, d.name, d.position
FROM framework f JOIN (
  SELECT '1' AS code, 'Organisational delivery' AS name, 1 AS position
  UNION ALL SELECT '2', 'Court disposals', 2
  UNION ALL SELECT '3', 'Out-of-court disposals', 3
  UNION ALL SELECT '4', 'Resettlement', 4
) d WHERE f.code = 'HMIP_YJ_2018';

INSERT INTO framework_standard (domain_id, code, name, position, case_sampled, scored, may_be_unrated, limit_when, limit_caps_at)
SELECT d.id, s.code, s.name, s.position, s.case_sampled, s.scored, s.may_be_unrated, s.limit_when, s.limit_caps_at
FROM framework_domain d JOIN framework f ON f.id = d.framework_id JOIN (
  SELECT '1' AS domain_code, '1.1' AS code, 'Governance and leadership' AS name, 1 AS position, FALSE AS case_sampled, TRUE AS scored, FALSE AS may_be_unrated, NULL AS limit_when, NULL AS limit_caps_at
  UNION ALL SELECT '1', '1.2', 'Staff', 2, FALSE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '1', '1.3', 'Partnerships and services', 3, FALSE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '1', '1.4', 'Information and facilities', 4, FALSE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '2', '2.1', 'Assessment', 5, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '2', '2.2', 'Planning', 6, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '2', '2.3', 'Implementation and delivery', 7, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '2', '2.4', 'Reviewing', 8, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '3', '3.1', 'Assessment', 9, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '3', '3.2', 'Planning', 10, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '3', '3.3', 'Implementation and delivery', 11, TRUE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '3', '3.4', 'Out-of-court disposal policy and provision', 12, FALSE, TRUE, FALSE, NULL, NULL
  UNION ALL SELECT '4', '4.1', 'Resettlement policy and provision', 13, FALSE, FALSE, TRUE, 'INADEQUATE', 'GOOD'
) s ON s.domain_code = d.code WHERE f.code = 'HMIP_YJ_2018';

INSERT INTO framework_key_question (standard_id, position, text)
SELECT s.id, q.position, q.text
FROM framework_standard s
JOIN framework_domain d ON d.id = s.domain_id
JOIN framework f ON f.id = d.framework_id
JOIN (
  SELECT 1 AS position, 'Supporting the child''s desistance' AS text
  UNION ALL SELECT 2, 'Keeping the child safe'
  UNION ALL SELECT 3, 'Keeping other people safe'
) q
WHERE f.code = 'HMIP_YJ_2018' AND s.case_sampled;
