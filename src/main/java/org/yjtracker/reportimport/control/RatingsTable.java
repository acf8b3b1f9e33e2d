package org.yjtracker.reportimport.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.Rating;

/**
 * Reads the ratings table: the score, the overall rating and one rating per standard. Text
 * extraction lays the table out in many ways: one row per line ("2.1 Assessment Good"), one cell
 * per line with blank lines between, garbled header cells ("Overa all rating"), star images turned
 * into LaTeX. Only the rows inside the table are read, so a contents entry ("1.1. Governance and
 * leadership 7") or a section heading is never taken for a rating.
 */
final class RatingsTable {

  /** Rows below the heading that are still read; real tables have about 25. */
  private static final int MAX_ROWS = 120;

  private static final Pattern HEADING = Pattern.compile("^(?:ratings?|ratings table)\\s*:?$");
  private static final Pattern SCORE =
      Pattern.compile("\\bscore\\b\\D{0,12}?(\\d{1,2})\\s*/\\s*(\\d{2})");
  private static final Pattern OVERALL = Pattern.compile("^over\\s?a?\\s?a?ll\\s+rating\\b(.*)$");
  private static final Pattern ROW = Pattern.compile("^([1-9])\\.\\s?([1-9])\\.?\\s+(.+)$");

  void read(ReportText text, Draft draft) {
    int start = tableStart(text);
    if (start < 0) {
      return;
    }
    for (int i = start + 1, rows = 0; i < text.size() && rows < MAX_ROWS; i++, rows++) {
      text.tick();
      Line line = text.get(i);
      if (line.blank() || line.isFootnote()) {
        continue;
      }
      if (endsTable(line)) {
        break;
      }
      readScore(line, draft);
      readOverall(text, i, draft);
      readRow(text, i, draft);
    }
  }

  /** The line of the table's heading, or of its first score or overall row when it has none. */
  static int tableStart(ReportText text) {
    int fallback = -1;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      String lower = text.get(i).lower();
      if (HEADING.matcher(lower).matches() && holdsRatings(text, i)) {
        return i;
      }
      if (fallback < 0
          && lower.length() < 80
          && (OVERALL.matcher(lower).find() || SCORE.matcher(lower).find())) {
        fallback = Math.max(i - 1, 0);
      }
    }
    return fallback;
  }

  /** A "Ratings" line in the contents is followed by more contents, not by a score or rating. */
  private static boolean holdsRatings(ReportText text, int heading) {
    for (int i = heading + 1, seen = 0; i < text.size() && seen < 12; i++) {
      Line line = text.get(i);
      if (line.blank()) {
        continue;
      }
      seen++;
      String lower = line.lower();
      if (SCORE.matcher(lower).find() || OVERALL.matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  static boolean endsTable(Line line) {
    String lower = line.lower();
    return lower.equals("recommendations")
        || lower.equals("background")
        || lower.equals("executive summary")
        || lower.startsWith("overall, ");
  }

  private static void readScore(Line line, Draft draft) {
    if (draft.score != null) {
      return;
    }
    Matcher m = SCORE.matcher(line.lower());
    if (m.find() && (draft.framework != Framework.HMIP_YJ_2018 || m.group(2).equals("36"))) {
      int score = Integer.parseInt(m.group(1));
      if (draft.framework != Framework.HMIP_YJ_2018 || score <= 36) {
        draft.score = score;
        draft.source("score", line);
      }
    }
  }

  private static void readOverall(ReportText text, int index, Draft draft) {
    Line line = text.get(index);
    Matcher m = OVERALL.matcher(line.lower());
    if (draft.overall != null || !m.find()) {
      return;
    }
    Rating rating = RatingWords.atEnd(m.group(1));
    Line from = line;
    if (rating == null && m.group(1).isBlank()) {
      int next = text.nextNonBlank(index + 1);
      if (next > 0) {
        from = text.get(next);
        rating = RatingWords.alone(from.text());
      }
    }
    if (rating != null && rating != Rating.NOT_RATED) {
      draft.overall = rating;
      draft.source("overall", from);
    }
  }

  private static void readRow(ReportText text, int index, Draft draft) {
    if (draft.framework == Framework.HMIP_YJ_2025) {
      return; // its rows are read by the areas' names: RatedAreas2025
    }
    Line line = text.get(index);
    char first = line.text().charAt(0);
    if (first < '1' || first > '9') {
      return;
    }
    Matcher m = ROW.matcher(line.text());
    if (!m.matches()) {
      return;
    }
    String code = m.group(1) + "." + m.group(2);
    if (!StandardNames.exists(draft.framework, code) || draft.hasStandard(code)) {
      return;
    }
    String rest = m.group(3);
    int ratingStart = RatingWords.startOfEnd(rest);
    if (ratingStart > 0) {
      String name = rest.substring(0, ratingStart).strip();
      if (StandardNames.isHeading(draft.framework, code, name)) {
        draft.standard(code, RatingWords.atEnd(rest), line);
      }
      return;
    }
    if (!StandardNames.isHeading(draft.framework, code, rest)) {
      return;
    }
    int next = text.nextNonBlank(index + 1);
    if (next > 0) {
      Rating rating = RatingWords.alone(text.text(next));
      if (rating != null) {
        draft.standard(code, rating, text.get(next));
      }
    }
  }
}
