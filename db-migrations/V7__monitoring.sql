-- Monitoring until the next inspection: themes of recommendations, the outcome the next
-- inspection records for each recommendation of the previous one, and recommendations carried
-- forward into the next plan.

CREATE TABLE theme (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  code        VARCHAR(40)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(1000) NULL,
  -- A retired theme keeps its past assignments but is no longer suggested or offered.
  retired     BOOLEAN       NOT NULL DEFAULT FALSE,
  version     BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_theme_code UNIQUE (code),
  CONSTRAINT uq_theme_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Words and phrases whose presence in a recommendation's text suggests the theme.
CREATE TABLE theme_keyword (
  theme_id BIGINT       NOT NULL,
  phrase   VARCHAR(100) NOT NULL,
  PRIMARY KEY (theme_id, phrase),
  CONSTRAINT fk_keyword_theme FOREIGN KEY (theme_id) REFERENCES theme (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Themes an inspector has confirmed for a recommendation. Suggestions are worked out from the
-- text when asked for and never stored, so a changed keyword list changes them at once.
CREATE TABLE recommendation_theme (
  recommendation_id BIGINT       NOT NULL,
  theme_id          BIGINT       NOT NULL,
  confirmed_by      VARCHAR(254) NOT NULL,
  confirmed_at      TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (recommendation_id, theme_id),
  CONSTRAINT fk_rt_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT fk_rt_theme FOREIGN KEY (theme_id) REFERENCES theme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_rt_theme ON recommendation_theme (theme_id);

-- What the next inspection found of a recommendation of the previous one.
CREATE TABLE recommendation_outcome (
  recommendation_id BIGINT        NOT NULL,
  judged_in_id      BIGINT        NOT NULL,
  outcome           VARCHAR(24)   NOT NULL,
  note              VARCHAR(4000) NULL,
  recorded_by       VARCHAR(254)  NOT NULL,
  recorded_at       TIMESTAMP(3)  NOT NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (recommendation_id),
  CONSTRAINT fk_outcome_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
  CONSTRAINT fk_outcome_inspection FOREIGN KEY (judged_in_id) REFERENCES inspection (id) ON DELETE CASCADE,
  CONSTRAINT ck_outcome CHECK (outcome IN ('MET','PARTLY_MET','NOT_MET','NO_LONGER_APPLICABLE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outcome_judged_in ON recommendation_outcome (judged_in_id);

-- A recommendation of an earlier inspection that a later plan answers again, because the
-- inspection that followed found it not met or partly met.
CREATE TABLE carried_recommendation (
  plan_id           BIGINT       NOT NULL,
  recommendation_id BIGINT       NOT NULL,
  carried_by        VARCHAR(254) NOT NULL,
  carried_at        TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (plan_id, recommendation_id),
  CONSTRAINT fk_carried_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE,
  CONSTRAINT fk_carried_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_carried_recommendation ON carried_recommendation (recommendation_id);

-- The national dashboard finds each service's latest published inspection.
CREATE INDEX ix_inspection_status_service ON inspection (status, service_id, published_on);

-- Seed themes -----------------------------------------------------------------------------------

INSERT INTO theme (code, name, description) VALUES
  ('VICTIMS', 'Victims', 'Work with victims, restorative justice and victim safety.'),
  ('CONTINGENCY', 'Contingency planning', 'Planning for what to do if risks change.'),
  ('RISK_OF_HARM', 'Risk of harm', 'Assessing and managing the risk of harm children pose to others.'),
  ('SAFETY_WELLBEING', 'Safety and wellbeing', 'Keeping children safe, exploitation and wellbeing.'),
  ('EDUCATION_SEND', 'Education and SEND', 'Education, training and employment, and special educational needs.'),
  ('SLC', 'Speech, language and communication', 'Identifying and meeting speech, language and communication needs.'),
  ('DIVERSITY', 'Diversity and disproportionality', 'Diversity, over-representation and disproportionality.'),
  ('OVERSIGHT', 'Management oversight', 'Managers'' oversight and quality assurance of casework.'),
  ('GOVERNANCE', 'Board attendance and governance', 'The management board: attendance, membership and governance.'),
  ('VOICE', 'Voice of the child', 'Hearing children and their parents or carers.'),
  ('OUT_OF_COURT', 'Out-of-court disposals', 'Out-of-court disposal policy, decisions and delivery.'),
  ('RESETTLEMENT', 'Resettlement', 'Children leaving custody and their resettlement.'),
  ('DATA', 'Data and information', 'Performance data, information sharing and analysis.'),
  ('FUNDING', 'Funding', 'Funding, resources and partner contributions.');

INSERT INTO theme_keyword (theme_id, phrase)
SELECT t.id, k.phrase FROM theme t JOIN (
  SELECT 'VICTIMS' AS code, 'victim' AS phrase
  UNION ALL SELECT 'VICTIMS', 'restorative'
  UNION ALL SELECT 'CONTINGENCY', 'contingency'
  UNION ALL SELECT 'RISK_OF_HARM', 'risk of harm'
  UNION ALL SELECT 'RISK_OF_HARM', 'harm to others'
  UNION ALL SELECT 'RISK_OF_HARM', 'public protection'
  UNION ALL SELECT 'SAFETY_WELLBEING', 'safety and wellbeing'
  UNION ALL SELECT 'SAFETY_WELLBEING', 'safeguarding'
  UNION ALL SELECT 'SAFETY_WELLBEING', 'exploitation'
  UNION ALL SELECT 'SAFETY_WELLBEING', 'wellbeing'
  UNION ALL SELECT 'EDUCATION_SEND', 'education'
  UNION ALL SELECT 'EDUCATION_SEND', 'SEND'
  UNION ALL SELECT 'EDUCATION_SEND', 'special educational'
  UNION ALL SELECT 'EDUCATION_SEND', 'training and employment'
  UNION ALL SELECT 'EDUCATION_SEND', 'school'
  UNION ALL SELECT 'SLC', 'speech'
  UNION ALL SELECT 'SLC', 'language and communication'
  UNION ALL SELECT 'SLC', 'communication needs'
  UNION ALL SELECT 'DIVERSITY', 'diversity'
  UNION ALL SELECT 'DIVERSITY', 'disproportionality'
  UNION ALL SELECT 'DIVERSITY', 'over-representation'
  UNION ALL SELECT 'DIVERSITY', 'overrepresentation'
  UNION ALL SELECT 'DIVERSITY', 'ethnic'
  UNION ALL SELECT 'DIVERSITY', 'protected characteristics'
  UNION ALL SELECT 'OVERSIGHT', 'management oversight'
  UNION ALL SELECT 'OVERSIGHT', 'oversight'
  UNION ALL SELECT 'OVERSIGHT', 'quality assurance'
  UNION ALL SELECT 'OVERSIGHT', 'supervision'
  UNION ALL SELECT 'GOVERNANCE', 'management board'
  UNION ALL SELECT 'GOVERNANCE', 'board members'
  UNION ALL SELECT 'GOVERNANCE', 'attendance'
  UNION ALL SELECT 'GOVERNANCE', 'governance'
  UNION ALL SELECT 'VOICE', 'voice'
  UNION ALL SELECT 'VOICE', 'views of children'
  UNION ALL SELECT 'VOICE', 'participation'
  UNION ALL SELECT 'VOICE', 'feedback from children'
  UNION ALL SELECT 'OUT_OF_COURT', 'out-of-court'
  UNION ALL SELECT 'OUT_OF_COURT', 'out of court'
  UNION ALL SELECT 'OUT_OF_COURT', 'diversion'
  UNION ALL SELECT 'RESETTLEMENT', 'resettlement'
  UNION ALL SELECT 'RESETTLEMENT', 'custody'
  UNION ALL SELECT 'DATA', 'data'
  UNION ALL SELECT 'DATA', 'information sharing'
  UNION ALL SELECT 'DATA', 'performance information'
  UNION ALL SELECT 'FUNDING', 'funding'
  UNION ALL SELECT 'FUNDING', 'budget'
  UNION ALL SELECT 'FUNDING', 'resources'
  UNION ALL SELECT 'FUNDING', 'financial'
) k ON k.code = t.code;
