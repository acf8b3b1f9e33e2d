package org.yjtracker.reportimport.control;

import java.util.HashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Blanks the page furniture that text extraction leaves between the lines of a table or a
 * recommendation: bare page numbers ("12", "Page 12 of 40") and running headers or footers that
 * repeat the report's title. The first occurrence of a title line is kept, since it names the
 * place; the line numbering is untouched. A web page's furniture (skip and "Back to top" links, the
 * licence line, a cookie banner) is blanked too.
 */
final class PageFurniture {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(?:page\\s+)?\\d{1,3}(?:\\s*(?:of|/)\\s*\\d{1,3})?$");

  /**
   * What a web page of a report puts around it, and what survives a copy of the page: skip links,
   * "Back to top" links, the licence line, a cookie banner.
   */
  private static final Pattern WEB_PAGE =
      Pattern.compile(
          "^(?:skip to (?:main )?content|back to top|\\(back to top\\)"
              + "|all content is available under the open government licence\\b.*"
              + "|cookies on .{1,80}|we use (?:some )?essential cookies\\b.*"
              + "|we(?:'d| would) (?:also )?like to (?:set|use) (?:additional |analytics )?cookies\\b.*"
              + "|(?:accept|reject) (?:all |additional |analytics )?cookies|view cookies"
              + "|cookie (?:settings|preferences|policy)|hide (?:this|cookie) message"
              + "|you(?:'ve| have) (?:accepted|rejected) (?:additional |analytics )?cookies\\b.*)$");

  private static final Pattern EDGE_NUMBERS = Pattern.compile("^\\d{1,3}\\s+|\\s+\\d{1,3}$");

  void blankOut(List<Line> lines) {
    Set<String> seenTitles = new HashSet<>();
    for (ListIterator<Line> it = lines.listIterator(); it.hasNext(); ) {
      Line line = it.next();
      String lower = line.lower();
      if (lower.isEmpty() || lower.length() > 160) {
        continue;
      }
      char first = lower.charAt(0);
      if ((first == 's'
              || first == 'b'
              || first == '('
              || first == 'a'
              || first == 'c'
              || first == 'w'
              || first == 'r'
              || first == 'v'
              || first == 'h'
              || first == 'y')
          && WEB_PAGE.matcher(lower).matches()) {
        it.set(blank(line));
      } else if ((Character.isDigit(first) || first == 'p')
          && lower.length() <= 16
          && PAGE_NUMBER.matcher(lower).matches()) {
        it.set(blank(line));
      } else if (isRunningTitle(lower)
          && !seenTitles.add(EDGE_NUMBERS.matcher(lower).replaceAll(""))) {
        it.set(blank(line));
      }
    }
  }

  private static boolean isRunningTitle(String lower) {
    return lower.contains("inspection of youth") || lower.contains("inspectorate of probation");
  }

  private static Line blank(Line line) {
    return new Line(line.number(), "", "", false, false, null, List.of());
  }
}
