package org.yjtracker.reportimport.entity;

/** The inspection framework a report was written under; it decides what the report can hold. */
public enum Framework {
  /** Short Quality Screening (about 2012-2017): case findings, no ratings and no score. */
  HMIP_SQS_2012,
  /** The 2018 standards framework: 12 rated standards, a score out of 36, resettlement. */
  HMIP_YJ_2018,
  /** The 2025 framework: youth justice work with children and victims. */
  HMIP_YJ_2025
}
