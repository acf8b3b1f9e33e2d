package org.yjtracker.actionplan.control;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.actionplan.control.PlanTargets.RecommendationChoice;

/**
 * Finds the recommendation a plan row answers: by its number in the Ref column ("1", "R1", "Rec 1",
 * "1.", "1.2" for the second action of the first), by a number leading the recommendation's text,
 * else by how the text starts. A row marked as answering an area for improvement ("AFI 2" in the
 * Ref column, "Area for improvement: ..." as its text, or text in an area-for-improvement column)
 * may match none.
 */
final class RecommendationMatcher {

  /** The recommendation answered, the area for improvement answered, or why neither is known. */
  record Answer(RecommendationChoice recommendation, String area, RowProblem problem) {}

  private static final Pattern REF =
      Pattern.compile(
          "(?:(?:recommendation|rec|recs|r|ref|no|number)\\s*[.:#]?\\s*)?#?\\s*(\\d{1,3})(?!\\d).*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern LEADING_NUMBER =
      Pattern.compile(
          "(?:(?:recommendation|rec|r)\\s*)?(\\d{1,2})\\s*[.:)\\-\u2013]\\s+\\S.*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern AREA =
      Pattern.compile(
          "(?:afis?|areas? (?:for|of|requiring) improvement)\\b\\s*\\d*\\s*[.:\\-\u2013]?\\s*(.*)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** A recommendation carried from an earlier inspection, as the exports write it. */
  private static final Pattern CARRIED = Pattern.compile("(\\d{1,3})\\s*\\(\\s*([^)]+?)\\s*\\)");

  private static final Pattern ADDRESSEE = Pattern.compile("^.{0,80}?\\bshould\\b:?\\s*");

  /** Fewer letters than this say too little to tell recommendations apart. */
  private static final int MIN_START = 12;

  private static final int COMPARED = 60;

  private final List<RecommendationChoice> recommendations;

  RecommendationMatcher(List<RecommendationChoice> recommendations) {
    this.recommendations = List.copyOf(recommendations);
  }

  Answer match(String ref, String text, String areaColumn) {
    Matcher carried = ref == null ? null : CARRIED.matcher(ref.strip());
    if (carried != null && carried.matches()) {
      int wanted = Integer.parseInt(carried.group(1));
      String from = carried.group(2);
      return recommendations.stream()
          .filter(r -> r.isCarriedAs(wanted, from))
          .findFirst()
          .map(r -> new Answer(r, null, null))
          .orElseGet(
              () ->
                  problem(
                      "The plan carries no recommendation "
                          + wanted
                          + " of the inspection of "
                          + from
                          + "."));
    }
    String area = area(ref, text, areaColumn);
    Optional<Integer> number = number(ref).or(() -> leadingNumber(text));
    if (number.isPresent()) {
      // A bare number is one of this inspection's own: a carried one has its own reference.
      Optional<RecommendationChoice> numbered =
          recommendations.stream()
              .filter(r -> r.carriedFrom() == null && r.number() == number.get())
              .findFirst();
      if (numbered.isPresent() || area != null) {
        return new Answer(numbered.orElse(null), area, null);
      }
      return problem("The inspection has no recommendation " + number.get() + ".");
    }
    if (text != null && area == null) {
      List<RecommendationChoice> starting = byStart(text);
      if (starting.size() == 1) {
        return new Answer(starting.get(0), null, null);
      }
      return problem(
          starting.isEmpty()
              ? "No recommendation of the inspection starts like '"
                  + PlanSpreadsheet.quote(text)
                  + "'; give its number in the Ref column."
              : "'"
                  + PlanSpreadsheet.quote(text)
                  + "' starts like more than one recommendation; give its number in the Ref"
                  + " column.");
    }
    if (area != null) {
      return new Answer(null, area, null);
    }
    return problem(
        "Say which recommendation this action answers (its number in the Ref column), or mark it"
            + " as answering an area for improvement ('AFI').");
  }

  private static Answer problem(String message) {
    return new Answer(null, null, new RowProblem("recommendationId", message));
  }

  /** The area for improvement the row says it answers, if it says so. */
  private static String area(String ref, String text, String areaColumn) {
    if (areaColumn != null) {
      return areaColumn;
    }
    if (text != null) {
      Matcher m = AREA.matcher(text.strip());
      if (m.matches()) {
        return m.group(1).isBlank() ? text.strip() : m.group(1).strip();
      }
    }
    if (ref != null && AREA.matcher(ref.strip()).matches()) {
      return text != null ? text : ref.strip();
    }
    return null;
  }

  static Optional<Integer> number(String ref) {
    if (ref == null) {
      return Optional.empty();
    }
    Matcher m = REF.matcher(ref.strip());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static Optional<Integer> leadingNumber(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = LEADING_NUMBER.matcher(text.strip());
    return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** Recommendations whose text starts as the row's does (or the row's as theirs, if shorter). */
  private List<RecommendationChoice> byStart(String text) {
    String wanted = start(text);
    if (wanted.length() < MIN_START) {
      return List.of();
    }
    return recommendations.stream()
        .filter(
            r -> {
              String theirs = start(r.text());
              int length = Math.min(Math.min(wanted.length(), theirs.length()), COMPARED);
              return length >= MIN_START && wanted.regionMatches(0, theirs, 0, length);
            })
        .toList();
  }

  /** "The YJS should: improve the quality..." and "Improve the quality ..." start alike. */
  private static String start(String text) {
    String words = SheetColumn.normalise(text);
    String body = ADDRESSEE.matcher(words).replaceFirst("");
    return body.toLowerCase(Locale.ROOT);
  }
}
