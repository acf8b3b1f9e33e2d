package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * Which kinds of organisation a recommendation heading addresses. A heading may name several bodies
 * ("The Suffolk YJS board and the office for the police and crime commissioner should:"), so it is
 * split into the bodies it names; names that contain "and" themselves are protected first. "Youth
 * Justice Board" with a place name is the local management board, not the national YJB.
 */
final class Addressees {

  private static final Pattern SHOULD = Pattern.compile("\\bshould\\b.*$");
  private static final Pattern PCC =
      Pattern.compile(
          "(?:office (?:of|for) the )?police,?\\s+(?:fire\\s+)?and crime commissioner'?s?");
  private static final Pattern PROTECTED_AND =
      Pattern.compile(
          "children and young people|children and families|england and wales|health and (?:social care|wellbeing)"
              + "|education,? health and care|safeguarding and");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bwith\\b)\\s*");

  private Addressees() {}

  static List<OrganisationKind> of(String heading) {
    String s = heading.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    s = SHOULD.matcher(s).replaceFirst("");
    s = PCC.matcher(s).replaceAll(" pcc ");
    s =
        PROTECTED_AND
            .matcher(s)
            .replaceAll(m -> m.group().replace(" and ", " + ").replace(",", ""));
    List<OrganisationKind> kinds = new ArrayList<>();
    for (String part : SPLIT.split(s)) {
      OrganisationKind kind = classify(part);
      if (kind != null && !kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      kinds.add(OrganisationKind.OTHER);
    }
    return kinds;
  }

  /** Whether a line names bodies a recommendation could be addressed to ("Suffolk police:"). */
  static boolean namesABody(String line) {
    List<OrganisationKind> kinds = of(line);
    return !kinds.equals(List.of(OrganisationKind.OTHER));
  }

  private static OrganisationKind classify(String part) {
    String p = " " + part.strip() + " ";
    if (p.isBlank()) {
      return null;
    }
    if (p.contains(" pcc ") || p.contains("commissioner")) {
      return OrganisationKind.PCC;
    }
    if (has(p, "integrated care", " icb", " nhs ", "clinical commissioning", "health")) {
      return OrganisationKind.HEALTH;
    }
    if (p.contains("board") || p.contains(" yjmb")) {
      return boardKind(p);
    }
    if (has(p, "police", "constabulary")) {
      return OrganisationKind.POLICE;
    }
    if (has(
            p,
            "local authority",
            "council",
            "children's services",
            "social care",
            "chief executive")
        || (p.contains("director") && (p.contains("children") || p.contains("people")))) {
      return OrganisationKind.LOCAL_AUTHORITY;
    }
    if (has(p, "education", "school")) {
      return OrganisationKind.EDUCATION;
    }
    if (p.contains("probation")) {
      return OrganisationKind.PROBATION;
    }
    if (has(
        p,
        "youth justice service",
        "youth offending",
        " yjs ",
        " yot ",
        " yos ",
        "head of service",
        "service manager",
        "head of youth")) {
      return OrganisationKind.YJS;
    }
    if (p.contains("partnership")) {
      return OrganisationKind.MANAGEMENT_BOARD;
    }
    return null;
  }

  private static OrganisationKind boardKind(String p) {
    if (p.contains("safeguarding")) {
      return OrganisationKind.OTHER;
    }
    if (p.contains("(yjb)")
        || p.contains(" yjb ")
        || p.contains("for england + wales")
        || p.contains("national")) {
      return OrganisationKind.OTHER;
    }
    return OrganisationKind.MANAGEMENT_BOARD;
  }

  private static boolean has(String text, String... words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
