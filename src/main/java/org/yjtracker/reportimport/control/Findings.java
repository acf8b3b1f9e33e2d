package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;

/**
 * Reads the "Strengths:" and "Areas for improvement:" lists of each standard (or domain), and the
 * "Key strengths" and "Areas requiring improvement" of a Short Quality Screening, keyed by the code
 * of the section they sit in. An item may wrap onto lines of its own, even after a blank line; such
 * a continuation starts in lower case or is indented.
 */
final class Findings {

  static final String OVERALL = "overall";
  private static final int MAX_ITEMS = 60;

  private static final Pattern STRENGTHS = Pattern.compile("^(?:key\\s+)?strengths\\s*:?$");
  private static final Pattern AREAS =
      Pattern.compile("^(?:key\\s+)?areas?\\s+(?:for|requiring|needing)\\s+improvement\\s*:?$");

  /** A list with the lines its items start on and the heading it was published under. */
  record Found(Line heading, List<String> items, List<Line> lines) {}

  /** The areas requiring improvement of a screening, for the screening's recommendations. */
  Found read(ReportText text, SectionMap sections, Draft draft) {
    Found screeningAreas = null;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      if (line.blank() || line.text().length() > 40 || line.bullet() || !namesAList(line.lower())) {
        continue;
      }
      boolean strengths = STRENGTHS.matcher(line.lower()).matches();
      if (!strengths && !AREAS.matcher(line.lower()).matches()) {
        continue;
      }
      String code = draft.framework == Framework.HMIP_SQS_2012 ? null : sections.codeAt(i);
      String key = code == null ? OVERALL : code;
      Map<String, List<String>> target = strengths ? draft.strengths : draft.areasForImprovement;
      if (target.containsKey(key)) {
        continue;
      }
      Found found = items(text, line, i + 1);
      if (found.items.isEmpty()) {
        continue;
      }
      target.put(key, found.items);
      draft.source((strengths ? "strengths." : "areas_for_improvement.") + key, line);
      if (!strengths && draft.framework == Framework.HMIP_SQS_2012 && screeningAreas == null) {
        screeningAreas = found;
      }
    }
    return screeningAreas;
  }

  private static boolean namesAList(String lower) {
    return lower.startsWith("strengths") || lower.startsWith("key ") || lower.startsWith("area");
  }

  private static Found items(ReportText text, Line heading, int from) {
    List<String> items = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    StringBuilder item = null;
    for (int i = from; i < text.size() && items.size() < MAX_ITEMS; i++) {
      text.tick();
      Line line = text.get(i);
      if (line.blank() || line.isFootnote() || !line.hasWords()) {
        continue;
      }
      if (line.bullet()) {
        flush(item, items);
        item = new StringBuilder(line.text());
        lines.add(line);
      } else if (item != null && (line.startsLowerCase() || line.indented())) {
        item.append(' ').append(line.text());
      } else {
        break;
      }
    }
    flush(item, items);
    return new Found(heading, items, lines);
  }

  private static void flush(StringBuilder item, List<String> items) {
    if (item != null) {
      items.add(item.toString());
    }
  }
}
