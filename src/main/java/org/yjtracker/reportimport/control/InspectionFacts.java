package org.yjtracker.reportimport.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;

/**
 * Reads the facts about the inspection itself: the case samples ("We took a detailed look at 22
 * community sentences and one custodial sentence", "We inspected 35 cases ... out-of-court
 * disposal"), whether it was a joint inspection and with whom, and when the previous inspection
 * was.
 */
final class InspectionFacts {

  private static final String N = Numbers.NUMBER;
  private static final Pattern COURT =
      Pattern.compile(
          "\\b(?:detailed look at|examined|inspected)\\s+"
              + N
              + "\\s+(?:community sentences?|court disposals?|post-court cases?)"
              + "(?:\\s+and\\s+"
              + N
              + "\\s+custodial sentences?)?");
  private static final Pattern OUT_OF_COURT =
      Pattern.compile(
          "\\b(?:inspected|examined|looked at)\\s+"
              + N
              + "\\s+(?:cases\\b[^.]{0,80}?\\bout-of-court disposal|out-of-court disposals\\b)");
  private static final Pattern RESETTLEMENT =
      Pattern.compile(
          "\\b(?:inspected|examined)\\s+" + N + "\\s+cases?\\b[^.]{0,80}?\\bcustodial sentence");
  private static final Pattern SCREENED_CASES =
      Pattern.compile("\\b(?:examined|inspected|looked at)\\s+" + N + "\\s+cases\\b");
  private static final Pattern PREVIOUS =
      Pattern.compile(
          "\\b(?:last|previous)\\s+inspection\\s+(?:was\\s+)?(?:in|of|on)\\s+(?:"
              + Numbers.MONTH
              + "\\s+)?(\\d{4})\\b");
  private static final Pattern JOINT_TITLE = Pattern.compile("^joint inspection of\\b");
  private static final Pattern JOINED_BY =
      Pattern.compile(
          "\\bjoined by (?:colleague )?inspectors? from\\s+([^.;]{3,200}?)(?:\\.|;|$| who\\b| to\\b)");
  private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*|\\s+and\\s+");

  void read(ReportText text, Draft draft) {
    draft.jointInspection = false;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      String lower = line.lower();
      if (lower.length() < 12) {
        continue;
      }
      if (lower.contains("court") || lower.contains("sentence")) {
        readSamples(line, draft);
      }
      if (draft.framework == Framework.HMIP_SQS_2012
          && draft.casesInspected == null
          && lower.contains(" cases")) {
        Matcher m = SCREENED_CASES.matcher(lower);
        if (m.find()) {
          draft.casesInspected = Numbers.parse(m.group(1));
          draft.source("cases_inspected", line);
        }
      }
      if (draft.previousInspection == null
          && (lower.contains("last inspection") || lower.contains("previous inspection"))) {
        readPrevious(line, draft);
      }
      if (lower.contains("joint") || lower.contains("joined")) {
        readJoint(line, draft);
      }
    }
  }

  private static void readSamples(Line line, Draft draft) {
    String lower = line.lower();
    if (draft.courtCases == null
        && (lower.contains("community sentence") || lower.contains("court disposal"))) {
      Matcher m = COURT.matcher(lower);
      if (m.find()) {
        Integer community = Numbers.parse(m.group(1));
        Integer custodial = m.group(2) == null ? Integer.valueOf(0) : Numbers.parse(m.group(2));
        if (community != null && custodial != null) {
          draft.courtCases = community + custodial;
          draft.source("court_cases", line);
        }
      }
    }
    if (draft.outOfCourtCases == null && lower.contains("out-of-court disposal")) {
      Matcher m = OUT_OF_COURT.matcher(lower);
      if (m.find()) {
        draft.outOfCourtCases = Numbers.parse(m.group(1));
        draft.source("out_of_court_cases", line);
      }
    }
    if (draft.resettlementCases == null && lower.contains("custodial sentence")) {
      Matcher m = RESETTLEMENT.matcher(lower);
      if (m.find()) {
        draft.resettlementCases = Numbers.parse(m.group(1));
        draft.source("resettlement_cases", line);
      }
    }
  }

  private static void readPrevious(Line line, Draft draft) {
    Matcher m = PREVIOUS.matcher(line.lower());
    if (m.find()) {
      draft.previousInspection =
          m.group(1) == null ? m.group(2) : Numbers.yearMonth(m.group(1), m.group(2));
      draft.source("previous_inspection", line);
    }
  }

  private static void readJoint(Line line, Draft draft) {
    String lower = line.lower();
    if (JOINT_TITLE.matcher(lower).find() || lower.contains("this was a joint inspection")) {
      markJoint(line, draft);
    }
    Matcher joined = JOINED_BY.matcher(lower);
    if (joined.find()) {
      markJoint(line, draft);
      if (draft.jointInspectorates.isEmpty()) {
        for (String name : LIST_SPLIT.split(joined.group(1))) {
          if (!name.isBlank()) {
            draft.jointInspectorates.add(name.strip());
          }
        }
        draft.source("joint_inspectorates", line);
      }
    }
  }

  private static void markJoint(Line line, Draft draft) {
    if (!Boolean.TRUE.equals(draft.jointInspection)) {
      draft.jointInspection = true;
      draft.source("joint_inspection", line);
    }
  }
}
