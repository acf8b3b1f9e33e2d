-- More keywords for the seeded themes, found missing when the suggestions were tried on the
-- recommendations of the published sample reports (Bexley 2024, Sandwell 2014, Solihull 2023,
-- Suffolk 2023, Wolverhampton 2022): "diversionary interventions", "children with SEND, and
-- especially those with an EHCP", "the safety of others", "reduce vulnerability", "diverse groups".

INSERT INTO theme_keyword (theme_id, phrase)
SELECT t.id, k.phrase FROM theme t JOIN (
  SELECT 'RISK_OF_HARM' AS code, 'safety of others' AS phrase
  UNION ALL SELECT 'SAFETY_WELLBEING', 'vulnerability'
  UNION ALL SELECT 'SAFETY_WELLBEING', 'keep children safe'
  UNION ALL SELECT 'SAFETY_WELLBEING', 'child protection'
  UNION ALL SELECT 'OUT_OF_COURT', 'diversionary'
  UNION ALL SELECT 'OUT_OF_COURT', 'deferred prosecution'
  UNION ALL SELECT 'EDUCATION_SEND', 'EHCP'
  UNION ALL SELECT 'EDUCATION_SEND', 'NEET'
  UNION ALL SELECT 'EDUCATION_SEND', 'ETE'
  UNION ALL SELECT 'DIVERSITY', 'diverse'
  UNION ALL SELECT 'DIVERSITY', 'mixed heritage'
  UNION ALL SELECT 'DIVERSITY', 'disproportionately'
  UNION ALL SELECT 'VOICE', 'lived experience'
  UNION ALL SELECT 'GOVERNANCE', 'board level'
  UNION ALL SELECT 'DATA', 'flagging'
) k ON k.code = t.code;
