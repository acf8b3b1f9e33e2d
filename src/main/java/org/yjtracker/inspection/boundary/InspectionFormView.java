package org.yjtracker.inspection.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.framework.boundary.FrameworkView.StandardView;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.Disagreement;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;

/**
 * What the inspection form shows besides its fields: the framework chosen (null until one is), the
 * choices its lists offer, and what the framework's rules make of the figures (the assessment, the
 * same the API's assessment gives), shown once the person asked for it.
 *
 * @param editing the inspection being changed, null for a new one
 * @param conflict the inspection as someone else saved it meanwhile, null unless that happened
 * @param checked whether the warnings are for the figures on the form (after "Check ratings", a
 *     save that failed, or an inspection as recorded)
 */
public record InspectionFormView(
    FrameworkView framework,
    List<Choice> frameworks,
    List<Choice> services,
    List<Choice> kinds,
    List<Choice> ownerKinds,
    List<Choice> owners,
    int rows,
    Assessment assessment,
    boolean checked,
    InspectionView editing,
    InspectionView conflict,
    String target,
    String back) {

  public boolean rated() {
    return framework != null && framework.rated();
  }

  public boolean scored() {
    return rated() && framework.scored();
  }

  /**
   * Says so when the kind chosen rates more areas than the framework knows (the 2025 full
   * inspection's organisational delivery areas are not published): they cannot be entered yet.
   */
  public String unknownAreas(String kind) {
    if (framework == null || kind == null) {
      return null;
    }
    return framework
        .kind(kind)
        .filter(k -> k.unknownAreas() > 0)
        .map(
            k ->
                "An "
                    + k.label().toLowerCase(java.util.Locale.UK)
                    + " rates "
                    + k.ratedAreas()
                    + " areas; the framework knows "
                    + k.standards().size()
                    + " of them. The other "
                    + k.unknownAreas()
                    + " are not published as data yet: record their ratings in the findings below,"
                    + " and an inspectorate admin can add them to the framework.")
        .orElse(null);
  }

  /** Whether the framework's bands turn key questions' % Yes into a rating (not 2025's). */
  public boolean derivesFromKeyQuestions() {
    return framework != null && framework.keyQuestionsRate();
  }

  public boolean published() {
    return editing != null && editing.status() == InspectionStatus.PUBLISHED;
  }

  /** The ratings an overall rating or discretion's "from" may be: the scale without Not rated. */
  public List<Choice> scale(String empty) {
    List<Choice> choices = new ArrayList<>(List.of(new Choice("", empty)));
    Arrays.stream(Rating.values())
        .filter(Rating::isRated)
        .forEach(r -> choices.add(new Choice(r.name(), r.label())));
    return choices;
  }

  /** The ratings a standard may be given; a recorded value the framework would not offer stays. */
  public List<Choice> ratings(StandardView standard, Form form) {
    List<Choice> choices = new ArrayList<>(List.of(new Choice("", "Choose a rating")));
    for (Rating r : Rating.values()) {
      String given = form.value(InspectionFormFields.standard(standard.code(), "rating"));
      if (r.isRated() || standard.mayBeUnrated() || r.name().equals(given)) {
        choices.add(new Choice(r.name(), r.label()));
      }
    }
    return choices;
  }

  /** The standards a recommendation may relate to. */
  public List<Choice> standardChoices() {
    return rated()
        ? InspectionFormFields.standards(framework).stream()
            .map(s -> new Choice(s.code(), InspectionFormFields.title(s)))
            .toList()
        : List.of();
  }

  /** The rating a standard's key questions give, or null while they do not give one. */
  public Rating derived(String code) {
    return assessment == null ? null : assessment.derivedRatings().get(code);
  }

  public List<Disagreement> warnings() {
    return assessment == null || !checked ? List.of() : assessment.disagreements();
  }

  /** A standard's own warnings, shown beside it. */
  public List<Disagreement> warnings(String code) {
    return warnings().stream().filter(d -> code.equals(d.standard())).toList();
  }

  /** Whether a standard's discretion is shown open: it has some, or its ratings disagree. */
  public boolean discretionOpen(String code, Form form) {
    return !form.value(InspectionFormFields.standard(code, "discretionFrom")).isEmpty()
        || !form.value(InspectionFormFields.standard(code, "discretionReason")).isEmpty()
        || form.error(InspectionFormFields.standard(code, "discretionFrom")) != null
        || warnings(code).stream()
            .anyMatch(
                d ->
                    d.kind() == Disagreement.Kind.RATING_DIFFERS_FROM_KEY_QUESTIONS
                        || d.field().endsWith(".discretionFrom"));
  }

  /** Whether a standard's strengths, areas and prompts are shown open: they hold an error. */
  public boolean findingsOpen(StandardView s, Form form) {
    if (form.error(InspectionFormFields.standard(s.code(), "strengths")) != null
        || form.error(InspectionFormFields.standard(s.code(), "areasForImprovement")) != null) {
      return true;
    }
    for (int k = 0; k < s.keyQuestions().size(); k++) {
      if (form.error(InspectionFormFields.prompts(s.code(), k)) != null) {
        return true;
      }
    }
    return false;
  }

  /** The id of the input a warning is about, for its link; null for the inspection as a whole. */
  public String anchor(Disagreement d) {
    if (d.field() == null) {
      return null;
    }
    String field = d.field();
    if (d.standard() != null && field.endsWith(".keyQuestions")) {
      field = InspectionFormFields.percent(d.standard(), 0);
    } else if (d.standard() != null && field.endsWith(".code")) {
      field = InspectionFormFields.standard(d.standard(), "rating");
    }
    return Form.idOf(field);
  }

  public Integer score() {
    return assessment == null ? null : assessment.computedScore();
  }

  public Integer maxScore() {
    return assessment == null ? null : assessment.maxScore();
  }

  public Rating overall() {
    return assessment == null ? null : assessment.computedOverall();
  }

  public static String standardField(String code, String part) {
    return InspectionFormFields.standard(code, part);
  }

  public static String percentField(String code, int k) {
    return InspectionFormFields.percent(code, k);
  }

  public static String promptsField(String code, int k) {
    return InspectionFormFields.prompts(code, k);
  }

  public static String rowField(int i, String part) {
    return InspectionFormFields.row(i, part);
  }

  public static String id(String field) {
    return Form.idOf(field);
  }
}
