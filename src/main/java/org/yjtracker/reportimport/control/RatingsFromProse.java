package org.yjtracker.reportimport.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.Rating;

/**
 * Ratings that the text states in sentences rather than in the table: the overall rating in the
 * foreword ("Overall, Solihull YJS was rated as 'Requires improvement'") and resettlement that was
 * not rated (a table may leave its row out). They fill gaps the table left and are checked against
 * what it gave.
 */
final class RatingsFromProse {

  private static final Pattern OVERALL =
      Pattern.compile(
          "\\boverall,\\s+[^.]{0,120}?\\b(?:was|is|has been)\\s+rated\\s+(?:as\\s*)?:?\\s*'("
              + RatingWords.ALTERNATIVES
              + ")'");
  private static final Pattern RESETTLEMENT_NOT_RATED =
      Pattern.compile("\\bresettlement\\b[^.]{0,160}?\\bnot\\s+(?:been\\s+)?rated\\b");
  private static final Pattern STANDARD_NOT_RATED =
      Pattern.compile("\\bthis standard (?:has|was) not (?:been )?rated\\b");
  private static final Pattern RESETTLEMENT_RATED =
      Pattern.compile(
          "\\bresettlement\\b[^.]{0,160}?\\bseparately rated\\s+(?:as\\s*)?:?\\s*'("
              + RatingWords.ALTERNATIVES
              + ")'");

  void read(ReportText text, SectionMap sections, Draft draft) {
    Rating statedOverall = null;
    Line overallLine = null;
    Rating resettlement = null;
    Line resettlementLine = null;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      String lower = line.lower();
      if (statedOverall == null && lower.contains("overall,")) {
        Matcher m = OVERALL.matcher(lower);
        if (m.find()) {
          statedOverall = RatingWords.parse(m.group(1));
          overallLine = line;
        }
      }
      if (resettlement == null && lower.contains("rated")) {
        resettlement = resettlement(lower, "4.1".equals(sections.standardAt(i)));
        resettlementLine = line;
      }
    }
    applyOverall(draft, statedOverall, overallLine);
    if (draft.framework == Framework.HMIP_YJ_2018
        && resettlement != null
        && !draft.hasStandard("4.1")) {
      draft.standard("4.1", resettlement, resettlementLine);
    }
  }

  private static Rating resettlement(String lower, boolean inResettlementSection) {
    if (RESETTLEMENT_NOT_RATED.matcher(lower).find()
        || (inResettlementSection && STANDARD_NOT_RATED.matcher(lower).find())) {
      return Rating.NOT_RATED;
    }
    Matcher rated = RESETTLEMENT_RATED.matcher(lower);
    return rated.find() ? RatingWords.parse(rated.group(1)) : null;
  }

  private static void applyOverall(Draft draft, Rating stated, Line line) {
    if (stated == null) {
      return;
    }
    if (draft.overall == null) {
      draft.overall = stated;
      draft.source("overall", line);
    } else if (draft.overall != stated) {
      draft.warn(
          "The ratings table gives the overall rating as "
              + RatingWords.words(draft.overall)
              + " but the text says "
              + RatingWords.words(stated),
          line);
    }
  }
}
