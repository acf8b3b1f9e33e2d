package org.yjtracker.reportimport.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.reportimport.entity.Framework;

/**
 * The standards of each framework as far as the parser needs them: which codes exist and the word
 * each standard's name starts with, which tells a heading "2.1. Assessment" from a sentence that
 * happens to start with "2.1".
 */
final class StandardNames {

  /** The 2018 framework's standards and the first word of each name. */
  static final Map<String, String> FRAMEWORK_2018 =
      Map.ofEntries(
          Map.entry("1.1", "governance"),
          Map.entry("1.2", "staff"),
          Map.entry("1.3", "partnerships"),
          Map.entry("1.4", "information"),
          Map.entry("2.1", "assessment"),
          Map.entry("2.2", "planning"),
          Map.entry("2.3", "implementation"),
          Map.entry("2.4", "reviewing"),
          Map.entry("3.1", "assessment"),
          Map.entry("3.2", "planning"),
          Map.entry("3.3", "implementation"),
          Map.entry("3.4", "out-of"),
          Map.entry("4.1", "resettlement"));

  /**
   * The 2025 framework's rated areas that are known (V18): work with children's three and the
   * victims' standard, with the first word of each name. Organisational delivery, rated by the full
   * inspection, has no published standards yet.
   */
  static final Map<String, String> FRAMEWORK_2025 =
      Map.of("2.1", "assess", "2.2", "plan", "2.3", "implement", "V1", "work with victims");

  /** The twelve standards that count towards the score (resettlement does not). */
  static final List<String> CORE_2018 =
      List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4");

  /** Case-sample standards: rated from key questions. */
  static final Set<String> CASE_SAMPLE_2018 =
      Set.of("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3");

  /** Words that name a case-sample standard in prose, by the standard's number in its domain. */
  private static final Pattern CASE_WORK =
      Pattern.compile("\\b(assess\\w*|plan\\w*|implement\\w*|deliver\\w*|review\\w*)\\b");

  private StandardNames() {}

  /** Whether {@code code} and the start of the heading's name make a standard heading. */
  static boolean isHeading(Framework framework, String code, String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    if (framework != Framework.HMIP_YJ_2018 && framework != Framework.HMIP_YJ_2025) {
      return true;
    }
    String firstWord =
        (framework == Framework.HMIP_YJ_2025 ? FRAMEWORK_2025 : FRAMEWORK_2018).get(code);
    return firstWord != null && name.toLowerCase(java.util.Locale.ROOT).startsWith(firstWord);
  }

  /** Whether the framework has this standard at all. */
  static boolean exists(Framework framework, String code) {
    return switch (framework) {
      case HMIP_YJ_2018 -> FRAMEWORK_2018.containsKey(code);
      case HMIP_YJ_2025 -> FRAMEWORK_2025.containsKey(code);
      default -> true;
    };
  }

  /**
   * The case-sample standards of a domain that a sentence names, e.g. "the quality of assessment
   * and reviewing" in domain 2 gives 2.1 and 2.4.
   */
  static Set<String> namedInDomain(String domain, String sentence) {
    Set<String> codes = new LinkedHashSet<>();
    Matcher m = CASE_WORK.matcher(sentence);
    while (m.find()) {
      String word = m.group(1);
      String code =
          domain
              + "."
              + switch (word.charAt(0)) {
                case 'a' -> "1";
                case 'p' -> "2";
                case 'i', 'd' -> "3";
                default -> "4";
              };
      if (CASE_SAMPLE_2018.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /** The word a footnote or sentence would use for a case-sample standard, or null. */
  static String caseWorkWord(String code) {
    return switch (code.substring(code.indexOf('.') + 1)) {
      case "1" -> "assess";
      case "2" -> "plan";
      case "3" -> "implement";
      case "4" -> "review";
      default -> null;
    };
  }
}
