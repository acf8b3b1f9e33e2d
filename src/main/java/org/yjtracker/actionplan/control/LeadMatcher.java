package org.yjtracker.actionplan.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yjtracker.actionplan.control.PlanTargets.OrganisationChoice;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * Finds the organisation a plan's "lead" text names among the service, its board and its partners:
 * by its name (whole, or contained either way), else by the words people use for each kind of body
 * ("police", "health", "YOT", "board"). A name beats a kind word, and a specific kind word beats
 * the bare word "service", so "Head of Service (Health)" is health.
 */
final class LeadMatcher {

  /** The organisation that leads, who leads it, or why no organisation could be chosen. */
  record Lead(OrganisationChoice organisation, String person, RowProblem problem) {}

  private static final int EXACT = 100;
  private static final int NAME_IN_TEXT = 90;
  private static final int TEXT_IN_NAME = 70;
  private static final Pattern PARTS =
      Pattern.compile("\\s*(?:[(),;/\\n]|\\s[-\u2013\u2014]\\s)\\s*");

  /** Words for each kind of body and how sure they make us; longer phrases first. */
  private static final Map<OrganisationKind, Map<String, Integer>> KIND_WORDS =
      new EnumMap<>(OrganisationKind.class);

  static {
    KIND_WORDS.put(
        OrganisationKind.PCC,
        Map.of(
            "pcc", 60,
            "opcc", 60,
            "pfcc", 60,
            "police and crime commissioner", 60,
            "crime commissioner", 60));
    KIND_WORDS.put(OrganisationKind.POLICE, Map.of("police", 50, "constabulary", 50));
    KIND_WORDS.put(
        OrganisationKind.HEALTH,
        Map.of(
            "health",
            50,
            "nhs",
            50,
            "icb",
            50,
            "ccg",
            50,
            "camhs",
            50,
            "integrated care",
            50,
            "hospital",
            50));
    KIND_WORDS.put(
        OrganisationKind.EDUCATION,
        Map.of(
            "education",
            50,
            "school",
            50,
            "schools",
            50,
            "college",
            50,
            "send",
            40,
            "virtual school",
            50,
            "inclusion",
            40));
    KIND_WORDS.put(OrganisationKind.PROBATION, Map.of("probation", 50, "pdu", 50, "hmpps", 50));
    KIND_WORDS.put(
        OrganisationKind.LOCAL_AUTHORITY,
        Map.of(
            "council", 50,
            "local authority", 50,
            "childrens services", 50,
            "childrens social care", 50,
            "social care", 50,
            "social services", 50));
    KIND_WORDS.put(
        OrganisationKind.MANAGEMENT_BOARD,
        Map.of("board", 60, "yjmb", 60, "management board", 60, "partnership board", 60));
    KIND_WORDS.put(
        OrganisationKind.YJS,
        Map.of(
            "yjs", 50,
            "yot", 50,
            "yos", 50,
            "yjt", 50,
            "youth justice", 50,
            "youth offending", 50,
            "service", 20,
            "head of service", 30));
  }

  private final OrganisationChoice service;
  private final List<OrganisationChoice> organisations;

  /**
   * @param service the service whose plan it is; it leads where the sheet names nobody
   * @param organisations the service, its board and its partners
   */
  LeadMatcher(OrganisationChoice service, List<OrganisationChoice> organisations) {
    this.service = Objects.requireNonNull(service);
    this.organisations = List.copyOf(organisations);
  }

  /**
   * @param combined a "Lead officer and agency" cell
   * @param person a "Lead officer" cell
   * @param agency a "Lead agency" cell
   */
  Lead lead(String combined, String person, String agency) {
    if (agency != null) {
      Scored found = best(agency);
      return found.problem(agency) != null
          ? new Lead(null, person, found.problem(agency))
          : new Lead(found.choices().get(0), person, null);
    }
    if (combined != null) {
      return fromCombined(combined, person);
    }
    // The sheet names no organisation: the plan is the service's own.
    return new Lead(service, person, null);
  }

  /**
   * "Jane Smith, Head of Service (YJS)": the part that best names an organisation is the lead, the
   * other parts are the person. A cell of one part that names no organisation is a person at the
   * service; a cell of several parts that names none is a problem, since it likely names a body the
   * service does not have on record.
   */
  private Lead fromCombined(String combined, String person) {
    List<String> parts =
        PARTS.splitAsStream(combined).map(String::strip).filter(p -> !p.isEmpty()).toList();
    Scored whole = best(combined);
    Scored best = whole;
    String bestPart = null;
    if (whole.score() < NAME_IN_TEXT) {
      best = new Scored(0, List.of());
      for (String part : parts) {
        Scored scored = best(part);
        if (scored.score() > best.score()) {
          best = scored;
          bestPart = part;
        }
      }
      if (best.score() < whole.score()) {
        // A phrase that the separators cut apart ("police, fire and crime commissioner").
        best = whole;
        bestPart = null;
      }
    }
    if (best.score() == 0) {
      return parts.size() <= 1
          ? new Lead(service, person != null ? person : combined, null)
          : new Lead(null, person, best.problem(combined));
    }
    if (best.problem(combined) != null) {
      return new Lead(null, person, best.problem(combined));
    }
    OrganisationChoice chosen = best.choices().get(0);
    String named = person;
    if (named == null) {
      String except = bestPart;
      List<String> rest =
          parts.stream()
              .filter(p -> !p.equals(except))
              .map(p -> p.replaceAll("(?i)" + Pattern.quote(chosen.name()), "").strip())
              .filter(p -> !p.isEmpty() && best(p).score() < NAME_IN_TEXT)
              .toList();
      named = rest.isEmpty() ? null : String.join(", ", rest);
    }
    return new Lead(chosen, named, null);
  }

  /**
   * The organisations the text names best, with how well; several when it cannot tell them apart.
   */
  private record Scored(int score, List<OrganisationChoice> choices) {

    RowProblem problem(String text) {
      if (choices.isEmpty()) {
        return new RowProblem(
            "leadOrganisationId",
            "No organisation of the service matches '"
                + PlanSpreadsheet.quote(text)
                + "'; use the name of the service, its board or a partner.");
      }
      if (choices.size() > 1) {
        return new RowProblem(
            "leadOrganisationId",
            "'"
                + PlanSpreadsheet.quote(text)
                + "' could be "
                + String.join(" or ", choices.stream().map(OrganisationChoice::name).toList())
                + "; write the organisation's name.");
      }
      return null;
    }
  }

  private Scored best(String text) {
    String wanted = SheetColumn.normalise(text);
    int top = 0;
    List<OrganisationChoice> found = new ArrayList<>();
    for (OrganisationChoice o : organisations) {
      int score = score(wanted, o);
      if (score > top) {
        top = score;
        found.clear();
      }
      if (score == top && score > 0) {
        found.add(o);
      }
    }
    found.sort(Comparator.comparing(OrganisationChoice::name));
    return new Scored(top, found);
  }

  private static int score(String text, OrganisationChoice organisation) {
    if (text.isEmpty()) {
      return 0;
    }
    String name = SheetColumn.normalise(organisation.name());
    if (text.equals(name)) {
      return EXACT;
    }
    if (containsWords(text, name)) {
      return NAME_IN_TEXT;
    }
    if (text.length() >= 4 && containsWords(name, text)) {
      return TEXT_IN_NAME;
    }
    return KIND_WORDS.getOrDefault(organisation.kind(), Map.of()).entrySet().stream()
        .filter(w -> containsWords(text, w.getKey()))
        .mapToInt(Map.Entry::getValue)
        .max()
        .orElse(0);
  }

  private static boolean containsWords(String text, String words) {
    return !words.isEmpty() && (" " + text + " ").contains(" " + words + " ");
  }
}
