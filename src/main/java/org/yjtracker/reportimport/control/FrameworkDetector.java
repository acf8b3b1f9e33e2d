package org.yjtracker.reportimport.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ReportKind;

/**
 * Decides whether a text is an HM Inspectorate of Probation inspection of a youth justice service
 * at all, under which framework it was written and, for the 2025 framework, which kind of
 * inspection it reports. Anything else is refused here, before any reader could mistake a web page
 * or a spreadsheet for ratings.
 *
 * <p>A report names its inspectorate, or opens with an inspection report's title: the
 * inspectorate's web pages of 2025 reports give the title, "Published:" and the foreword, and not
 * always the inspectorate's name. "An inspection of youth justice services in ..." is the title of
 * both the 2018 framework's reports and the 2025 full inspection: a score out of 36 or the 2018
 * domains mark the first, a web page's furniture, a foreword on work with victims or a 2025 date
 * the second.
 */
final class FrameworkDetector {

  /** The title stands at the top; a title deep in a text is a quotation. */
  private static final int TITLE_LINES = 80;

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

  /** An inspection report's title, at the start of its line. */
  private static final Pattern TITLE =
      Pattern.compile(
          "^(?:an?\\s+|the\\s+)?(?:joint\\s+)?inspection of youth (?:justice|offending)"
              + " (services?|work with children and victims|work)\\s+in\\b");

  /** What only a 2018 framework report holds: its score, its domains two to four. */
  private static final Pattern MARKS_2018 =
      Pattern.compile(
          "^(?:domain (?:two|three|four)\\b|[234]\\.\\s+(?:court disposals|out-of-court disposals"
              + "|resettlement)\\b)|quality of out-of-court disposal work|children sentenced by the"
              + " courts");

  /** What marks a 2025 report: the victims' standard, the web page it is published as. */
  private static final Pattern MARKS_2025 =
      Pattern.compile(
          "work (?:done )?with victims|\\(back to top\\)|^published:|^back to top$"
              + "|open government licence v3\\.0, except where otherwise stated");

  private static final Pattern DATE_2025_ON =
      Pattern.compile("^(?:published|publication date)\\s*:?.*\\b20(?:2[5-9]|[3-9]\\d)\\b");

  /** Sets the draft's framework and, for 2025, its kind; refuses what is not a report. */
  void detect(ReportText text, Draft draft) {
    boolean inspectorate = false;
    boolean youth = false;
    boolean local = false;
    boolean screening = false;
    boolean childrenAndVictims = false;
    boolean marks2018 = false;
    boolean marks2025 = false;
    String title = null;
    Line titleLine = null;
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
      marks2018 =
          marks2018 || SCORE_OUT_OF_36.matcher(lower).find() || MARKS_2018.matcher(lower).find();
      marks2025 =
          marks2025
              || MARKS_2025.matcher(lower).find()
              || (i < TITLE_LINES && DATE_2025_ON.matcher(lower).find());
      if (title == null && i < TITLE_LINES) {
        Matcher m = TITLE.matcher(lower);
        if (m.find()) {
          title = m.group(1);
          titleLine = text.get(i);
        }
      }
    }
    if (!(inspectorate && youth) && title == null) {
      throw new NotAReportException();
    }
    if (screening) {
      draft.framework = Framework.HMIP_SQS_2012;
    } else if (childrenAndVictims) {
      draft.framework = Framework.HMIP_YJ_2025;
      draft.kind = ReportKind.CHILDREN_AND_VICTIMS;
    } else if (title != null && title.startsWith("service") && marks2025 && !marks2018) {
      draft.framework = Framework.HMIP_YJ_2025;
      draft.kind = ReportKind.YOUTH_JUSTICE_SERVICES;
    } else if (local || title != null) {
      draft.framework = Framework.HMIP_YJ_2018;
    } else {
      throw new NotAReportException(
          "This looks like an HM Inspectorate of Probation document, but not an inspection of a"
              + " youth justice service");
    }
    if (draft.kind != null && titleLine != null) {
      draft.source("kind", titleLine);
    }
  }
}
