-- The 2025 youth justice inspection framework as data (issue 14), and the kinds of inspection a
-- framework has, each with the domains it rates.
--
-- Only what the inspectorate has published is recorded. Published: two kinds of inspection
-- ("work with children and victims" and the full "youth justice services"), the areas the first
-- rates (assessing, planning, implementation and delivery of work with children; work with
-- victims, with its key questions V1.1 and V1.2), that the full kind also rates organisational
-- delivery and rates seven areas in all, and the four-point scale. Not published, so not here:
-- which organisational delivery areas the full kind rates, any percentage thresholds, any score,
-- any limiting judgement, how areas combine into the overall rating. An inspectorate admin adds
-- those through the frameworks API when they are known; no code changes.

-- The kinds of inspection carried out under a framework. rated_areas is how many areas the
-- inspectorate says an inspection of the kind rates, where it says so, whether or not the
-- framework knows every one of them yet.
CREATE TABLE framework_kind (
  framework_id BIGINT       NOT NULL,
  kind         VARCHAR(32)  NOT NULL,
  position     INT          NOT NULL,
  rated_areas  INT          NULL,
  PRIMARY KEY (framework_id, kind),
  CONSTRAINT fk_fkind_framework FOREIGN KEY (framework_id) REFERENCES framework (id) ON DELETE CASCADE,
  CONSTRAINT ck_fkind_kind CHECK (kind IN ('STANDARD','JOINT','SHORT_QUALITY_SCREENING','REINSPECTION',
                                           'CHILDREN_AND_VICTIMS','YOUTH_JUSTICE_SERVICES')),
  CONSTRAINT ck_fkind_areas CHECK (rated_areas IS NULL OR rated_areas BETWEEN 1 AND 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A domain rated only by some kinds of inspection; a domain with no rows is rated by every kind.
CREATE TABLE framework_domain_kind (
  domain_id BIGINT      NOT NULL,
  kind      VARCHAR(32) NOT NULL,
  PRIMARY KEY (domain_id, kind),
  CONSTRAINT fk_dkind_domain FOREIGN KEY (domain_id) REFERENCES framework_domain (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE inspection DROP CONSTRAINT ck_inspection_kind;
ALTER TABLE inspection ADD CONSTRAINT ck_inspection_kind CHECK (
  kind IN ('STANDARD','JOINT','SHORT_QUALITY_SCREENING','REINSPECTION',
           'CHILDREN_AND_VICTIMS','YOUTH_JUSTICE_SERVICES'));

-- The earlier frameworks' kinds, as the application offered them until now.
INSERT INTO framework_kind (framework_id, kind, position, rated_areas)
SELECT f.id, k.kind, k.position, NULL
FROM framework f JOIN (
  SELECT 'STANDARD' AS kind, 1 AS position
  UNION ALL SELECT 'JOINT', 2
  UNION ALL SELECT 'REINSPECTION', 3
) k WHERE f.code = 'HMIP_YJ_2018';

INSERT INTO framework_kind (framework_id, kind, position, rated_areas)
SELECT f.id, 'SHORT_QUALITY_SCREENING', 1, NULL FROM framework f WHERE f.code = 'HMIP_SQS_2012';

-- Whatever kind an inspection already recorded under a framework stays valid for it.
INSERT IGNORE INTO framework_kind (framework_id, kind, position, rated_areas)
SELECT DISTINCT i.framework_id, i.kind, 100, NULL FROM inspection i;

-- 2025: "work with children and victims" rates four areas (assessing, planning, implementation
-- and delivery, work with victims); the full inspection "youth justice services" seven.
UPDATE framework SET name = 'Youth justice inspection framework (2025)'
 WHERE code = 'HMIP_YJ_2025';

INSERT INTO framework_kind (framework_id, kind, position, rated_areas)
SELECT f.id, k.kind, k.position, k.areas
FROM framework f JOIN (
  SELECT 'CHILDREN_AND_VICTIMS' AS kind, 1 AS position, 4 AS areas
  UNION ALL SELECT 'YOUTH_JUSTICE_SERVICES', 2, 7
) k WHERE f.code = 'HMIP_YJ_2025';

-- Domain codes follow the announcement ("a single domain two" for work with children); the
-- victims' standard is V1 after its key questions V1.1 and V1.2. Standards are numbered in the
-- order every report lists them.
INSERT INTO framework_domain (framework_id, code, name, position)
SELECT f.id, d.code, d.name, d.position
FROM framework f JOIN (
  SELECT '1' AS code, 'Organisational delivery' AS name, 1 AS position
  UNION ALL SELECT '2', 'Work with children', 2
  UNION ALL SELECT 'V', 'Work with victims', 3
) d WHERE f.code = 'HMIP_YJ_2025';

INSERT INTO framework_domain_kind (domain_id, kind)
SELECT d.id, 'YOUTH_JUSTICE_SERVICES'
FROM framework_domain d JOIN framework f ON f.id = d.framework_id
WHERE f.code = 'HMIP_YJ_2025' AND d.code = '1';

INSERT INTO framework_standard (domain_id, code, name, position, case_sampled, scored, may_be_unrated, limit_when, limit_caps_at)
SELECT d.id, s.code, s.name, s.position, TRUE, FALSE, FALSE, NULL, NULL
FROM framework_domain d JOIN framework f ON f.id = d.framework_id JOIN (
  SELECT '2' AS domain_code, '2.1' AS code, 'Assessing' AS name, 1 AS position
  UNION ALL SELECT '2', '2.2', 'Planning', 2
  UNION ALL SELECT '2', '2.3', 'Implementation and delivery', 3
  UNION ALL SELECT 'V', 'V1', 'Work with victims', 4
) s ON s.domain_code = d.code WHERE f.code = 'HMIP_YJ_2025';

-- Work with children is judged for achieving positive change and for keeping the child and the
-- community safe; no percentages or bands for these judgements are published.
INSERT INTO framework_key_question (standard_id, position, text)
SELECT s.id, q.position, q.text
FROM framework_standard s
JOIN framework_domain d ON d.id = s.domain_id
JOIN framework f ON f.id = d.framework_id
JOIN (
  SELECT 1 AS position, 'Achieving positive change for the child' AS text
  UNION ALL SELECT 2, 'Keeping the child and the community safe'
) q
WHERE f.code = 'HMIP_YJ_2025' AND d.code = '2';

INSERT INTO framework_key_question (standard_id, position, text)
SELECT s.id, q.position, q.text
FROM framework_standard s
JOIN framework_domain d ON d.id = s.domain_id
JOIN framework f ON f.id = d.framework_id
JOIN (
  SELECT 1 AS position, 'V1.1 Is work with victims high-quality, individualised, and responsive?' AS text
  UNION ALL SELECT 2, 'V1.2 Do organisational arrangements and activity drive quality, individualised, and responsive service for victims'
) q
WHERE f.code = 'HMIP_YJ_2025' AND s.code = 'V1';
