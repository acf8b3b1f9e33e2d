-- Partners for the reminder benchmark (docs/benchmarks/reminders.sh), read after
-- national-dashboard-data.sql, which makes youth justice services but no management boards and no
-- partner organisations, and before the tracker starts (it keeps each action's progress from these
-- rows at start-up). Never run it against a real database. Deterministic: the same rows on every
-- run.
--
-- Per service: a management board (board_of_id) and a police force serving it; the actions of the
-- recommendations addressed to the police (one recommendation in five) are led by that force.

CREATE TEMPORARY TABLE bench_partner_service (id BIGINT PRIMARY KEY, n INT, region VARCHAR(32)) AS
SELECT id, CAST(SUBSTRING(name, 30) AS UNSIGNED) AS n, region FROM organisation
WHERE kind = 'YJS' AND name LIKE 'Bench youth justice service %';

INSERT INTO organisation (kind, name, region, board_of_id)
SELECT 'MANAGEMENT_BOARD', CONCAT('Bench management board ', LPAD(n, 5, '0')), region, id
FROM bench_partner_service;

INSERT INTO organisation (kind, name, region)
SELECT 'POLICE', CONCAT('Bench police ', LPAD(n, 5, '0')), region
FROM bench_partner_service;

INSERT INTO organisation_serves (partner_id, service_id)
SELECT p.id, s.id
FROM bench_partner_service s
JOIN organisation p ON p.kind = 'POLICE' AND p.name = CONCAT('Bench police ', LPAD(s.n, 5, '0'));

-- The actions of recommendations addressed to the police (national-dashboard-data.sql gives
-- recommendation r the kind ELT(1 + r.id % 5, ...), POLICE for r.id % 5 = 2) are led by the force.
UPDATE plan_action a
JOIN plan_action_recommendation ar ON ar.action_id = a.id
JOIN recommendation r ON r.id = ar.recommendation_id
JOIN action_plan p ON p.id = a.plan_id
JOIN inspection i ON i.id = p.inspection_id
JOIN bench_partner_service s ON s.id = i.service_id
JOIN organisation police ON police.kind = 'POLICE'
  AND police.name = CONCAT('Bench police ', LPAD(s.n, 5, '0'))
SET a.lead_organisation_id = police.id
WHERE r.id % 5 = 2;

ANALYZE TABLE organisation, organisation_serves, plan_action;
