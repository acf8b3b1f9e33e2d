package org.yjtracker.reportimport.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.Rating;

/**
 * The rated areas of a 2025 report, by their names: rows of the ratings table ("Assessing Good",
 * "2.3 Implementation and delivery Outstanding", "V1 Work with victims" over "Requires
 * improvement") and sentences ("Work with victims was rated as 'Requires improvement'"). An area
 * the text does not rate stays out of the draft, so the opening of a report gives no standards.
 * Organisational delivery, which the full inspection rates, has no published standards yet and is
 * not read.
 */
final class RatedAreas2025 {

  /** Rows below the table's start that are still read. */
  private static final int MAX_ROWS = 60;

  private static final String AREA =
      "(assessing|assessment|planning|implementation and delivery|implementing and delivering"
          + "|implementation & delivery|work with victims)";

  /** A row: an optional code, the area's name, the rest (a rating, or nothing). */
  private static final Pattern ROW =
      Pattern.compile(
          "^(?:(?:2\\.\\s?[123]|v\\s?\\.?\\s?1)\\.?\\s+)?" + AREA + "\\b\\s*:?\\s*(.*)$");

  private static final Pattern SENTENCE =
      Pattern.compile(
          "(?:^|[^a-z])"
              + AREA
              + "\\s+(?:was|were|is|has been|have been)\\s+rated\\s+(?:as\\s*)?:?\\s*'("
              + RatingWords.ALTERNATIVES
              + ")'");

  void read(ReportText text, Draft draft) {
    if (draft.framework != Framework.HMIP_YJ_2025) {
      return;
    }
    readTable(text, draft);
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      if (!line.lower().contains("rated")) {
        continue;
      }
      Matcher m = SENTENCE.matcher(line.lower());
      while (m.find()) {
        Rating rating = RatingWords.parse(m.group(2));
        if (rating != null && rating != Rating.NOT_RATED) {
          draft.standard(code(m.group(1)), rating, line);
        }
      }
    }
  }

  private static void readTable(ReportText text, Draft draft) {
    int start = RatingsTable.tableStart(text);
    if (start < 0) {
      return;
    }
    for (int i = start + 1, rows = 0; i < text.size() && rows < MAX_ROWS; i++, rows++) {
      text.tick();
      Line line = text.get(i);
      if (line.blank() || line.isFootnote()) {
        continue;
      }
      if (RatingsTable.endsTable(line)) {
        return;
      }
      if (line.text().length() > 100) {
        continue;
      }
      Matcher m = ROW.matcher(line.lower());
      if (!m.matches()) {
        continue;
      }
      String code = code(m.group(1));
      String rest = m.group(2);
      Rating rating = rest.isBlank() ? null : RatingWords.alone(rest);
      Line from = line;
      if (rating == null && rest.isBlank()) {
        int next = text.nextNonBlank(i + 1);
        if (next > 0) {
          from = text.get(next);
          rating = RatingWords.alone(from.text());
        }
      }
      if (rating != null) {
        draft.standard(code, rating, from);
      }
    }
  }

  private static String code(String area) {
    return switch (area.charAt(0)) {
      case 'a' -> "2.1";
      case 'p' -> "2.2";
      case 'i' -> "2.3";
      default -> "V1";
    };
  }
}
