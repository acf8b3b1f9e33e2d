package org.yjtracker.reportimport.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;

/**
 * Which standard or domain section every line belongs to. A section runs from its heading ("2.1.
 * Assessment", "Domain two: Court disposals", "2. Court disposals") to the next heading of any
 * kind; headings that belong to no standard ("Recommendations", "Diversity", "Annexe 1") end a
 * section without starting one. Contents entries and ratings rows are headings too, which only
 * makes their sections one line long.
 */
final class SectionMap {

  private static final Pattern STANDARD =
      Pattern.compile("^([1-9])\\.\\s?([1-9])\\.?(?:\\s+(.*))?$");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "^(?:domain\\s+(one|two|three|four)\\s*:?|([1-4])\\.)\\s+"
              + "(organisational delivery|court disposals|out-of-court disposals|resettlement)\\b");
  private static final Set<String> NEUTRAL =
      Set.of(
          "recommendations",
          "background",
          "executive summary",
          "foreword",
          "contents",
          "ratings",
          "contextual facts",
          "acknowledgements",
          "further information",
          "involvement of children and their parents or carers",
          "diversity",
          "organisational delivery",
          "court disposals",
          "out-of-court disposals",
          "resettlement",
          "introduction",
          "summary",
          "context",
          "operational management");

  private final String[] codes;
  private final boolean[] headings;

  SectionMap(ReportText text, Framework framework) {
    codes = new String[text.size()];
    headings = new boolean[text.size()];
    String current = null;
    for (int i = 0; i < text.size(); i++) {
      text.tick();
      Line line = text.get(i);
      if (!line.blank() && !line.bullet() && !line.isFootnote()) {
        String heading = headingCode(line, framework);
        if (heading != null) {
          current = heading.isEmpty() ? null : heading;
          headings[i] = true;
        }
      }
      codes[i] = current;
    }
  }

  /** The code of the standard heading on this line, "" for a neutral heading, else null. */
  static String headingCode(Line line, Framework framework) {
    String lower = line.lower();
    char first = lower.charAt(0);
    if (first >= '1' && first <= '9') {
      Matcher standard = STANDARD.matcher(line.text());
      if (standard.matches()) {
        String code = standard.group(1) + "." + standard.group(2);
        String name = standard.group(3) == null ? "" : standard.group(3);
        if (StandardNames.isHeading(framework, code, name)) {
          return code;
        }
      }
    }
    if (first == 'd' || (first >= '1' && first <= '4')) {
      Matcher domain = DOMAIN.matcher(lower);
      if (domain.find()) {
        return domain.group(2) != null ? domain.group(2) : domainNumber(domain.group(1));
      }
    }
    if (lower.length() <= 60 && Character.isLetter(first)) {
      String bare = withoutPageNumber(lower);
      if (NEUTRAL.contains(bare) || bare.startsWith("annexe") || bare.startsWith("appendix")) {
        return "";
      }
    }
    return null;
  }

  /** "Background 6", "Recommendations.....5", "Ratings:" all give the heading's words. */
  private static String withoutPageNumber(String lower) {
    int end = lower.length();
    while (end > 0 && isPageNumberDebris(lower.charAt(end - 1))) {
      end--;
    }
    return end == lower.length() ? lower : lower.substring(0, end);
  }

  private static boolean isPageNumberDebris(char c) {
    return Character.isDigit(c) || c == '.' || c == ' ' || c == ':';
  }

  /** The standard or domain code of the section holding line {@code index}, or null. */
  String codeAt(int index) {
    return codes[index];
  }

  /** The standard code of the section holding line {@code index}, or null if it is not one. */
  String standardAt(int index) {
    String code = codes[index];
    return code != null && code.indexOf('.') > 0 ? code : null;
  }

  /** The domain of the line's section: "2" for domain two or any of its standards. */
  String domainAt(int index) {
    String code = codes[index];
    return code == null ? null : code.substring(0, 1);
  }

  boolean isHeading(int index) {
    return headings[index];
  }

  private static String domainNumber(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "one" -> "1";
      case "two" -> "2";
      case "three" -> "3";
      default -> "4";
    };
  }
}
