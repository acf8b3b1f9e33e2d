package org.yjtracker.inspection.entity;

/**
 * Something in an inspection as recorded that the framework's rules do not bear out. Published
 * values stay as published; a disagreement is shown beside them, never fixed silently.
 *
 * @param standard the standard's code, or null for the inspection as a whole
 * @param field where the disagreement shows in the inspection's input, for forms to point at
 */
public record Disagreement(Kind kind, String standard, String field, String message) {

  public enum Kind {
    MISSING_STANDARD,
    UNKNOWN_STANDARD,
    MISSING_KEY_QUESTIONS,
    PERCENT_OUT_OF_RANGE,
    RATING_DIFFERS_FROM_KEY_QUESTIONS,
    DISCRETION_DOES_NOT_MATCH,
    DISCRETION_NOT_NEEDED,
    MISSING_SCORE,
    SCORE_OUT_OF_RANGE,
    SCORE_DIFFERS,
    MISSING_OVERALL,
    OVERALL_DIFFERS,
    LIMITING_JUDGEMENT
  }
}
