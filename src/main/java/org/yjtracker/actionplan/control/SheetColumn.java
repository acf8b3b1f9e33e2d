package org.yjtracker.actionplan.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns an action plan spreadsheet may have, recognised from headers as services write them:
 * "Lead officer and agency" or "Lead officer" beside "Lead agency", "Target date" or "Planned
 * completion date", "RAG" or "RAG status", in any case and order.
 */
public enum SheetColumn {
  REF,
  RECOMMENDATION,
  AREA_FOR_IMPROVEMENT,
  /** The action's short title ("Title", "Action title", "Short title"). */
  TITLE,
  ACTION,
  SUCCESS_MEASURE,
  /** One cell with both the person and the organisation ("J. Smith, West Mids Police"). */
  LEAD,
  LEAD_PERSON,
  LEAD_AGENCY,
  START_DATE,
  TARGET_DATE,
  PROGRESS,
  RAG;

  private static final Set<String> REF_WORDS = Set.of("ref", "reference", "no", "number", "num");
  private static final Set<String> LEAD_WORDS =
      Set.of("lead", "leads", "owner", "owners", "responsible", "responsibility", "who");
  private static final Set<String> AGENCY_WORDS =
      Set.of(
          "agency",
          "agencies",
          "organisation",
          "organization",
          "partner",
          "service",
          "body",
          "org");
  private static final Set<String> PERSON_WORDS =
      Set.of("officer", "person", "name", "manager", "individual", "contact", "officers");
  private static final Set<String> TARGET_WORDS =
      Set.of(
          "target",
          "deadline",
          "timescale",
          "timescales",
          "timeframe",
          "due",
          "completion",
          "date",
          "when");
  private static final Set<String> MEASURE_WORDS =
      Set.of("success", "measure", "measures", "outcome", "outcomes", "impact", "kpi", "evidence");
  private static final Set<String> ACTION_WORDS =
      Set.of("action", "actions", "task", "tasks", "activity", "activities", "steps");

  /**
   * The column a header names, if any. The order of the tests matters: "Progress and impact" is
   * progress (not a success measure), "Action ref" is a reference (not the action), "Action owner"
   * is the lead, "RAG status" is the RAG and any other "status" is not read at all.
   */
  public static Optional<SheetColumn> recognise(String header) {
    String text = normalise(header);
    if (header != null && header.strip().equals("#")) {
      return Optional.of(REF);
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // Set.copyOf, not Set.of: a cell may repeat a word ("the ... the"), which Set.of refuses.
    Set<String> words = Set.copyOf(Arrays.asList(text.split(" ")));
    String padded = " " + text + " ";
    if (words.contains("rag") || words.contains("brag") || padded.contains(" red amber green ")) {
      return Optional.of(RAG);
    }
    if (words.contains("status")) {
      return Optional.empty();
    }
    if (words.contains("title")) {
      return Optional.of(TITLE);
    }
    if (words.contains("progress")
        || words.contains("update")
        || words.contains("updates")
        || words.contains("commentary")
        || padded.contains(" current position ")) {
      return Optional.of(PROGRESS);
    }
    if (words.contains("start")) {
      return Optional.of(START_DATE);
    }
    if (words.stream().anyMatch(TARGET_WORDS::contains)) {
      return Optional.of(TARGET_DATE);
    }
    boolean agency = words.stream().anyMatch(AGENCY_WORDS::contains);
    boolean person = words.stream().anyMatch(PERSON_WORDS::contains);
    if (words.stream().anyMatch(LEAD_WORDS::contains) || agency) {
      if (agency && !person) {
        return Optional.of(LEAD_AGENCY);
      }
      return Optional.of(person && !agency ? LEAD_PERSON : LEAD);
    }
    if (words.stream().anyMatch(REF_WORDS::contains)
        || header.strip().startsWith("#")
        || text.equals("rec")
        || text.equals("r")) {
      return Optional.of(REF);
    }
    if (words.contains("recommendation")
        || words.contains("recommendations")
        || words.contains("rec")
        || words.contains("recs")) {
      return Optional.of(RECOMMENDATION);
    }
    if (words.contains("afi")
        || words.contains("afis")
        || padded.matches(".* areas? (for|of|requiring) improvement .*")
        || padded.contains(" improvement area")) {
      return Optional.of(AREA_FOR_IMPROVEMENT);
    }
    if (words.stream().anyMatch(MEASURE_WORDS::contains) || padded.contains(" how will we know ")) {
      return Optional.of(SUCCESS_MEASURE);
    }
    if (words.stream().anyMatch(ACTION_WORDS::contains)
        || padded.contains(" what will we do ")
        || padded.contains(" what we will do ")) {
      return Optional.of(ACTION);
    }
    return Optional.empty();
  }

  /**
   * Lower case words of letters and digits: "Lead officer & agency" -> "lead officer and agency".
   */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return text.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replace("'", "")
        .replace("\u2019", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
