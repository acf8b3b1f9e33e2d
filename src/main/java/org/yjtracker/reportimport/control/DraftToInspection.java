package org.yjtracker.reportimport.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.inspection.boundary.InspectionInput;
import org.yjtracker.inspection.boundary.InspectionInput.KeyQuestionInput;
import org.yjtracker.inspection.boundary.InspectionInput.PromptInput;
import org.yjtracker.inspection.boundary.InspectionInput.RecommendationInput;
import org.yjtracker.inspection.boundary.InspectionInput.StandardInput;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ProfessionalDiscretion;
import org.yjtracker.reportimport.entity.PromptResult;
import org.yjtracker.reportimport.entity.ReportKind;

/**
 * Turns a reviewed draft into the inspection it records: the same request an inspector would send
 * through the form, so the import is checked by exactly the same rules.
 */
public final class DraftToInspection {

  /** Findings keyed by this instead of a standard's code belong to the whole report. */
  static final String WHOLE_REPORT = "overall";

  private DraftToInspection() {}

  public static InspectionInput of(
      ParsedReport draft, long serviceId, Map<Integer, List<Long>> ownersByNumber) {
    var input = new InspectionInput();
    input.serviceId = serviceId;
    input.framework = draft.framework() == null ? null : draft.framework().name();
    boolean joint = Boolean.TRUE.equals(draft.jointInspection());
    input.kind = kind(draft, joint);
    input.joint = joint;
    input.jointInspectorates = orEmpty(draft.jointInspectorates());
    input.fieldworkStart = draft.fieldworkStart();
    input.published = draft.published();
    input.publishedScore = draft.score();
    input.publishedOverall = draft.overall() == null ? null : draft.overall().name();
    input.courtCases = draft.courtCases();
    input.outOfCourtCases = draft.outOfCourtCases();
    input.resettlementCases = draft.resettlementCases();
    input.casesInspected = draft.casesInspected();
    input.standards = standards(draft);
    input.strengths = wholeReport(draft.strengths(), draft);
    input.areasForImprovement = wholeReport(draft.areasForImprovement(), draft);
    input.recommendations = new ArrayList<>();
    for (ParsedRecommendation r : orEmpty(draft.recommendations())) {
      var recommendation = new RecommendationInput();
      recommendation.number = r.number();
      recommendation.heading = r.heading();
      recommendation.text = r.text();
      recommendation.ownerKinds = r.addressees().stream().map(Enum::name).toList();
      recommendation.ownerIds = ownersByNumber.getOrDefault(r.number(), List.of());
      input.recommendations.add(recommendation);
    }
    return input;
  }

  /**
   * A screening is a screening; a 2025 report is of the kind its title names (with no kind the
   * inspection API asks for one); an older report is joint or standard.
   */
  static String kind(ParsedReport draft, boolean joint) {
    if (draft.framework() == Framework.HMIP_SQS_2012) {
      return InspectionKind.SHORT_QUALITY_SCREENING.name();
    }
    if (draft.framework() == Framework.HMIP_YJ_2025) {
      return ReportKind.of(draft.kind())
          .map(k -> kindOf(k).name())
          .orElse(draft.kind() == null || draft.kind().isBlank() ? null : draft.kind());
    }
    return (joint ? InspectionKind.JOINT : InspectionKind.STANDARD).name();
  }

  /** The kind of inspection recorded for a report of this kind. */
  public static InspectionKind kindOf(ReportKind kind) {
    return switch (kind) {
      case CHILDREN_AND_VICTIMS -> InspectionKind.CHILDREN_AND_VICTIMS;
      case YOUTH_JUSTICE_SERVICES -> InspectionKind.YOUTH_JUSTICE_SERVICES;
    };
  }

  private static List<StandardInput> standards(ParsedReport draft) {
    Map<String, ProfessionalDiscretion> discretion = new HashMap<>();
    orEmpty(draft.professionalDiscretion()).forEach(d -> discretion.put(d.standard(), d));
    var standards = new ArrayList<StandardInput>();
    if (draft.standards() == null) {
      return standards;
    }
    // In the framework's order (codes sort that way), whatever order the stored map kept.
    new java.util.TreeMap<>(draft.standards())
        .forEach(
            (code, rating) -> {
              var standard = new StandardInput();
              standard.code = code;
              standard.rating = rating == null ? null : rating.name();
              standard.keyQuestions = keyQuestions(draft, code);
              ProfessionalDiscretion moved = discretion.get(code);
              if (moved != null && moved.from() != null) {
                standard.discretionFrom = moved.from().name();
                standard.discretionReason =
                    "The ratings panel applied professional discretion (from the report).";
              }
              standard.strengths = forStandard(draft.strengths(), code);
              standard.areasForImprovement = forStandard(draft.areasForImprovement(), code);
              standards.add(standard);
            });
    return standards;
  }

  private static List<KeyQuestionInput> keyQuestions(ParsedReport draft, String code) {
    List<Integer> percents =
        draft.keyQuestionsPercentYes() == null
            ? List.of()
            : orEmpty(draft.keyQuestionsPercentYes().get(code));
    List<PromptResult> prompts =
        draft.prompts() == null ? List.of() : orEmpty(draft.prompts().get(code));
    var questions = new ArrayList<KeyQuestionInput>();
    for (int i = 0; i < percents.size(); i++) {
      var question = new KeyQuestionInput();
      question.percentYes = percents.get(i);
      int position = i + 1;
      question.prompts =
          prompts.stream()
              .filter(p -> p.keyQuestion() == position)
              .map(
                  p -> {
                    var prompt = new PromptInput();
                    prompt.text = p.text();
                    prompt.percentYes = p.percentYes();
                    return prompt;
                  })
              .toList();
      questions.add(question);
    }
    return questions;
  }

  private static List<String> forStandard(Map<String, List<String>> lists, String code) {
    return lists == null ? List.of() : orEmpty(lists.get(code));
  }

  /** The report-wide lists, and those a report gives for a whole domain rather than a standard. */
  private static List<String> wholeReport(Map<String, List<String>> lists, ParsedReport draft) {
    if (lists == null) {
      return List.of();
    }
    var whole = new ArrayList<String>();
    lists.forEach(
        (code, items) -> {
          boolean standard = draft.standards() != null && draft.standards().containsKey(code);
          if (!standard) {
            whole.addAll(orEmpty(items));
          }
        });
    return whole;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
