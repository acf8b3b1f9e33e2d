-- People for the reminder benchmark (docs/benchmarks/reminders.sh), read once the tracker has
-- started on the national data set and reminder-partners.sql (the tracker makes its first admin
-- only in a database without accounts, so the people come after it). Never run it against a real
-- database. Deterministic: the same rows on every run.
--
-- Per service one account each for a SERVICE_LEAD (member of the service), a BOARD_MEMBER (member
-- of its management board) and a PARTNER (member of the police force serving it); plus 20
-- INSPECTORs. Nobody signs in as them: the password hash 'x' matches no password.

CREATE TEMPORARY TABLE bench_people_service (id BIGINT PRIMARY KEY, n INT) AS
SELECT id, CAST(SUBSTRING(name, 30) AS UNSIGNED) AS n FROM organisation
WHERE kind = 'YJS' AND name LIKE 'Bench youth justice service %';

-- One account per organisation: (role, organisation kind, address prefix, name prefix).
CREATE TEMPORARY TABLE bench_people_kind (role VARCHAR(32), kind VARCHAR(32), prefix VARCHAR(16),
                                          title VARCHAR(32));
INSERT INTO bench_people_kind VALUES
  ('SERVICE_LEAD', 'YJS', 'lead', 'Bench service lead'),
  ('BOARD_MEMBER', 'MANAGEMENT_BOARD', 'board', 'Bench board member'),
  ('PARTNER', 'POLICE', 'police', 'Bench police partner');

CREATE TEMPORARY TABLE bench_person (email VARCHAR(254) PRIMARY KEY, display_name VARCHAR(200),
                                     role VARCHAR(32), organisation_id BIGINT) AS
SELECT CONCAT(k.prefix, '-', LPAD(s.n, 5, '0'), '@bench.tracker.local') AS email,
       CONCAT(k.title, ' ', LPAD(s.n, 5, '0')) AS display_name, k.role,
       CASE k.kind
         WHEN 'YJS' THEN s.id
         WHEN 'MANAGEMENT_BOARD' THEN (SELECT b.id FROM organisation b WHERE b.board_of_id = s.id)
         ELSE (SELECT p.id FROM organisation p
               WHERE p.kind = 'POLICE' AND p.name = CONCAT('Bench police ', LPAD(s.n, 5, '0')))
       END AS organisation_id
FROM bench_people_service s JOIN bench_people_kind k
UNION ALL
SELECT CONCAT('inspector-', LPAD(seq, 2, '0'), '@bench.tracker.local'),
       CONCAT('Bench inspector ', LPAD(seq, 2, '0')), 'INSPECTOR', NULL
FROM seq_1_to_20;

INSERT INTO account (email, display_name, password_hash, active)
SELECT email, display_name, 'x', TRUE FROM bench_person ORDER BY role, email;

INSERT INTO account_role (account_id, role)
SELECT a.id, p.role FROM bench_person p JOIN account a ON a.email = p.email;

INSERT INTO account_membership (account_id, organisation_id)
SELECT a.id, p.organisation_id FROM bench_person p JOIN account a ON a.email = p.email
WHERE p.organisation_id IS NOT NULL;

ANALYZE TABLE account, account_role, account_membership;
