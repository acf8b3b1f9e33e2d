-- Fills a freshly migrated, EMPTY tracker database with a national-sized data set for the
-- national dashboard and national load benchmarks (docs/benchmarks.md). Never run it against a real
-- database. It writes base tables only (organisations, inspections, recommendations, plans,
-- actions, updates); whatever the application derives from them it works out itself.
--
--   @bench_services services (5,000 unless set before this file is read: SET @bench_services = 160),
--   each with two published inspections (2018 framework, scored, every standard rated);
--   5 recommendations an inspection, addressed to one or two kinds, every third one with a theme;
--   a plan for every earlier inspection (closed) and for 90% of the latest (every stage; the other
--   10% have none, long after it was due); the service's acceptance of each recommendation once
--   its plan is endorsed;
--   2 actions a recommendation in a plan (4 in the latest plan of one service in 50, services 3,
--   53, 103, ...: an active plan of 20 actions), 3 progress updates an action and a fourth for every
--   third action (every tenth action's third update corrects its second).
--
-- With 5,000 services: 96,000 actions and about 330,000 progress updates.
-- Uses MariaDB's sequence tables (seq_1_to_N). Deterministic: the same data on every run.

SET @bench_services = COALESCE(@bench_services, 5000);

INSERT INTO organisation (kind, name, region)
SELECT 'YJS', CONCAT('Bench youth justice service ', LPAD(seq, 5, '0')),
       ELT(1 + seq % 10, 'NORTH_EAST', 'NORTH_WEST', 'YORKSHIRE_AND_THE_HUMBER', 'EAST_MIDLANDS',
           'WEST_MIDLANDS', 'EAST_OF_ENGLAND', 'LONDON', 'SOUTH_EAST', 'SOUTH_WEST', 'WALES')
FROM seq_1_to_99999
WHERE seq <= @bench_services;

CREATE TEMPORARY TABLE bench_service (id BIGINT PRIMARY KEY, n INT) AS
SELECT id, CAST(SUBSTRING(name, 30) AS UNSIGNED) AS n FROM organisation
WHERE kind = 'YJS' AND name LIKE 'Bench youth justice service %';

-- Two inspections a service: the first between 2019 and 2022, the second between 2023 and 2026.
INSERT INTO inspection (service_id, framework_id, kind, status, fieldwork_start, published_on,
                        published_precision, published_score, published_overall, published_at,
                        published_by)
SELECT d.service_id, d.framework_id, 'STANDARD', 'PUBLISHED',
       DATE_SUB(d.published_on, INTERVAL 90 DAY), d.published_on, 'MONTH', d.score,
       CASE WHEN d.score >= 31 THEN 'OUTSTANDING' WHEN d.score >= 19 THEN 'GOOD'
            WHEN d.score >= 7 THEN 'REQUIRES_IMPROVEMENT' ELSE 'INADEQUATE' END,
       TIMESTAMP(d.published_on), 'bench@tracker.local'
FROM (
  SELECT s.id AS service_id, f.id AS framework_id,
         DATE_ADD(IF(r.seq = 1, DATE '2019-01-01', DATE '2023-01-01'),
                  INTERVAL ((s.n * 37 + r.seq * 11) % 42) MONTH) AS published_on,
         (s.n * 13 + r.seq * 7) % 37 AS score
  FROM bench_service s
  JOIN framework f ON f.code = 'HMIP_YJ_2018'
  JOIN seq_1_to_2 r
) d;

UPDATE inspection later
JOIN inspection earlier ON earlier.service_id = later.service_id
  AND earlier.published_on < later.published_on
SET later.previous_id = earlier.id
WHERE later.published_by = 'bench@tracker.local';

CREATE TEMPORARY TABLE bench_inspection (id BIGINT PRIMARY KEY, service_n INT, latest BOOLEAN,
                                         published_on DATE) AS
SELECT i.id, s.n AS service_n, i.previous_id IS NOT NULL AS latest, i.published_on
FROM inspection i JOIN bench_service s ON s.id = i.service_id;

-- Every standard rated, consistently with the published score: each of the twelve scored
-- standards earns score DIV 12 points, and the first score MOD 12 one point more (3 Outstanding,
-- 2 Good, 1 Requires improvement, 0 Inadequate). Resettlement is rated Good or not rated.
INSERT INTO inspection_standard (inspection_id, standard_id, published_rating)
SELECT i.id, s.id,
       IF(s.scored,
          ELT(4 - (i.published_score DIV 12 + (s.position <= i.published_score MOD 12)),
              'OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'),
          IF(i.id % 4 = 0, 'NOT_RATED', 'GOOD'))
FROM bench_inspection b
JOIN inspection i ON i.id = b.id
JOIN framework_domain d ON d.framework_id = i.framework_id
JOIN framework_standard s ON s.domain_id = d.id;

INSERT INTO recommendation (inspection_id, number, heading, text)
SELECT i.id, r.seq, CONCAT('Recommendation ', r.seq),
       CONCAT('Improve the quality of practice, area ', r.seq, ', for inspection ', i.id, '.')
FROM bench_inspection i JOIN seq_1_to_5 r;

INSERT INTO recommendation_owner_kind (recommendation_id, kind)
SELECT r.id, ELT(1 + (r.id % 5), 'YJS', 'MANAGEMENT_BOARD', 'POLICE', 'HEALTH', 'LOCAL_AUTHORITY')
FROM recommendation r JOIN bench_inspection i ON i.id = r.inspection_id;
INSERT INTO recommendation_owner_kind (recommendation_id, kind)
SELECT r.id, 'EDUCATION'
FROM recommendation r JOIN bench_inspection i ON i.id = r.inspection_id
WHERE r.id % 7 = 0;

INSERT INTO recommendation_theme (recommendation_id, theme_id, confirmed_by, confirmed_at)
SELECT r.id, t.id, 'bench@tracker.local', TIMESTAMP(i.published_on)
FROM recommendation r JOIN bench_inspection i ON i.id = r.inspection_id
JOIN theme t ON t.id = 1 + (r.id % 14)
WHERE r.id % 3 = 0;

-- Plans: every earlier inspection's plan is closed; the latest inspections' plans are at every
-- stage, and one service in ten has none yet.
INSERT INTO action_plan (inspection_id, status, due_date, endorsed_by, endorsed_at, submitted_by,
                         submitted_at, closed_at)
SELECT p.id, p.status, p.due_date,
       IF(p.status = 'DRAFT', NULL, 'bench@tracker.local'),
       IF(p.status = 'DRAFT', NULL, TIMESTAMP(DATE_ADD(p.due_date, INTERVAL -7 DAY))),
       IF(p.status IN ('DRAFT', 'ENDORSED'), NULL, 'bench@tracker.local'),
       IF(p.status IN ('DRAFT', 'ENDORSED'), NULL,
          TIMESTAMP(DATE_ADD(p.due_date, INTERVAL (p.service_n % 3) * 5 - 3 DAY))),
       IF(p.status = 'CLOSED', TIMESTAMP(DATE_ADD(p.due_date, INTERVAL 900 DAY)), NULL)
FROM (
  SELECT i.id, i.service_n, DATE_ADD(i.published_on, INTERVAL 56 DAY) AS due_date,
         IF(i.latest, ELT(1 + i.service_n % 4, 'DRAFT', 'ENDORSED', 'SUBMITTED', 'ACTIVE'),
            'CLOSED') AS status
  FROM bench_inspection i
  WHERE NOT i.latest OR i.service_n % 10 <> 0
) p;

-- The service's answer to each recommendation once its plan is endorsed: mostly agreed, some
-- partly agreed with a reason; the service leads.
INSERT INTO recommendation_response (recommendation_id, acceptance, acceptance_reason,
                                     lead_owner_id)
SELECT r.id, IF(r.id % 9 = 0, 'PARTLY_AGREED', 'AGREED'),
       IF(r.id % 9 = 0, 'Benchmark reason: resources are shared with the local authority', NULL),
       i.service_id
FROM action_plan p
JOIN inspection i ON i.id = p.inspection_id
JOIN bench_inspection b ON b.id = i.id
JOIN recommendation r ON r.inspection_id = i.id
WHERE p.status <> 'DRAFT';

INSERT INTO plan_action (plan_id, lead_organisation_id, description, start_date, target_date,
                         status, status_reason, created_by, created_at, updated_at)
SELECT p.id, i.service_id, CONCAT('Action ', a.seq, ' for recommendation ', r.number),
       p.due_date, DATE_ADD(p.due_date, INTERVAL 60 + ((r.id * 7 + a.seq * 13) % 700) DAY),
       ELT(1 + (r.id + a.seq) % 5, 'NOT_STARTED', 'IN_PROGRESS', 'COMPLETE', 'BLOCKED',
           'CANCELLED'),
       IF((r.id + a.seq) % 5 >= 3, 'Benchmark reason', NULL),
       'bench@tracker.local', TIMESTAMP(p.due_date), TIMESTAMP(p.due_date)
FROM action_plan p
JOIN inspection i ON i.id = p.inspection_id
JOIN bench_inspection b ON b.id = i.id
JOIN recommendation r ON r.inspection_id = i.id
JOIN seq_1_to_4 a
WHERE a.seq <= IF(b.latest AND b.service_n % 50 = 3, 4, 2);

INSERT INTO plan_action_recommendation (action_id, recommendation_id)
SELECT a.id, r.id
FROM plan_action a
JOIN action_plan p ON p.id = a.plan_id
JOIN recommendation r ON r.inspection_id = p.inspection_id
  AND a.description LIKE CONCAT('% for recommendation ', r.number)
WHERE a.created_by = 'bench@tracker.local';

-- Three updates an action (four for every third action), a month or more apart from the plan's
-- due date on; every tenth action's third update corrects its second.
INSERT INTO progress_update (action_id, author, written_at, narrative, rag, percent_complete)
SELECT a.id, 'bench@tracker.local',
       TIMESTAMP(DATE_ADD(a.start_date, INTERVAL u.seq * (20 + a.id % 40) DAY)),
       CONCAT('Update ', u.seq), ELT(1 + (a.id + u.seq) % 3, 'RED', 'AMBER', 'GREEN'),
       LEAST(100, u.seq * (10 + a.id % 25))
FROM plan_action a JOIN seq_1_to_4 u
WHERE a.created_by = 'bench@tracker.local' AND u.seq <= 3 + (a.id % 3 = 0);

INSERT INTO progress_update (action_id, author, written_at, narrative, rag, percent_complete,
                             corrects_id)
SELECT u.action_id, 'bench@tracker.local', DATE_ADD(u.written_at, INTERVAL 1 DAY),
       'Correction', 'AMBER', GREATEST(0, u.percent_complete - 10), u.id
FROM progress_update u
WHERE u.narrative = 'Update 2' AND u.action_id % 10 = 0;

ANALYZE TABLE organisation, inspection, inspection_standard, recommendation,
  recommendation_owner_kind, recommendation_theme, recommendation_response, action_plan, plan_action,
  plan_action_recommendation, progress_update;
