package org.yjtracker.reportimport.control;

import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;

/**
 * Decides whether a text is an HM Inspectorate of Probation inspection of a youth justice service
 * at all, and under which framework it was written. Anything else is refused here, before any
 * reader could mistake a web page or a spreadsheet for ratings.
 */
final class FrameworkDetector {

  private static final Pattern INSPECTORATE =
      Pattern.compile(
          "inspectorate of probation|hmi probation|hmiprobation|\\bhmip\\b|inspector of probation");
  private static final Pattern YOUTH = Pattern.compile("youth (?:justice|offending)|\\byo[ts]\\b");
  private static final Pattern LOCAL_INSPECTION =
      Pattern.compile(
          "inspection of youth (?:justice|offending)|quality screening|youth justice work with"
              + " children|ratings panel|overall rating|key questions");
  private static final Pattern SCORE_OUT_OF_36 =
      Pattern.compile("\\bscore\\b\\D{0,12}\\d{1,2}\\s*/\\s*36");

  Framework detect(ReportText text) {
    boolean inspectorate = false;
    boolean youth = false;
    boolean local = false;
    boolean screening = false;
    boolean childrenAndVictims = false;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      String lower = text.get(i).lower();
      if (lower.length() < 3) {
        continue;
      }
      inspectorate = inspectorate || INSPECTORATE.matcher(lower).find();
      youth = youth || YOUTH.matcher(lower).find();
      local =
          local || LOCAL_INSPECTION.matcher(lower).find() || SCORE_OUT_OF_36.matcher(lower).find();
      screening = screening || lower.contains("short quality screening");
      childrenAndVictims = childrenAndVictims || lower.contains("work with children and victims");
    }
    if (!inspectorate || !youth) {
      throw new NotAReportException();
    }
    if (screening) {
      return Framework.HMIP_SQS_2012;
    }
    if (childrenAndVictims) {
      return Framework.HMIP_YJ_2025;
    }
    if (local) {
      return Framework.HMIP_YJ_2018;
    }
    throw new NotAReportException(
        "This looks like an HM Inspectorate of Probation document, but not an inspection of a"
            + " youth justice service");
  }
}
