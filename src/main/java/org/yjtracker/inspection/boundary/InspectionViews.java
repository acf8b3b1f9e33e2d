package org.yjtracker.inspection.boundary;

import java.util.Comparator;
import java.util.List;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.FrameworkKind;
import org.yjtracker.framework.entity.KeyQuestion;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.inspection.boundary.InspectionView.Discretion;
import org.yjtracker.inspection.boundary.InspectionView.FrameworkRef;
import org.yjtracker.inspection.boundary.InspectionView.InspectionRef;
import org.yjtracker.inspection.boundary.InspectionView.KeyQuestionView;
import org.yjtracker.inspection.boundary.InspectionView.PromptView;
import org.yjtracker.inspection.boundary.InspectionView.RecommendationView;
import org.yjtracker.inspection.boundary.InspectionView.ServiceRef;
import org.yjtracker.inspection.boundary.InspectionView.StandardView;
import org.yjtracker.inspection.control.ScoringRules;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.FindingKind;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.KeyQuestionResult;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.inspection.entity.StandardResult;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.Organisation;

/** Builds the views of inspections that the API answers with. */
final class InspectionViews {

  private InspectionViews() {}

  static InspectionView of(
      Inspection i, ScoringRules rules, InspectionRef previous, InspectionRef next) {
    Assessment assessment = rules.assess(i);
    return new InspectionView(
        i.getId(),
        i.getVersion(),
        i.getStatus(),
        service(i.getService()),
        framework(i.getFramework(), i.getKind().name()),
        i.getKind(),
        i.getFieldworkStart(),
        i.fieldwork(),
        i.publication(),
        i.getPublishedOn(),
        i.getLeadInspector(),
        i.getReportReference(),
        i.isJoint(),
        List.copyOf(i.getJointInspectorates()),
        i.getCourtCases(),
        i.getOutOfCourtCases(),
        i.getResettlementCases(),
        i.getCasesInspected(),
        i.getPublishedScore(),
        i.getPublishedOverall(),
        assessment.computedScore(),
        assessment.maxScore(),
        assessment.computedOverall(),
        i.getStandards().stream().map(s -> standard(i, s, rules, assessment)).toList(),
        texts(i, null, FindingKind.STRENGTH),
        texts(i, null, FindingKind.AREA_FOR_IMPROVEMENT),
        i.getRecommendations().stream()
            .sorted(Comparator.comparingInt(Recommendation::getNumber))
            .map(InspectionViews::recommendation)
            .toList(),
        assessment.disagreements(),
        previous,
        next,
        i.getPublishedAt(),
        i.getPublishedBy(),
        i.getUpdatedAt());
  }

  static InspectionRef ref(Inspection i) {
    return i == null
        ? null
        : new InspectionRef(
            i.getId(),
            i.publication(),
            i.getStatus(),
            i.getPublishedScore(),
            i.getPublishedOverall());
  }

  static ServiceRef service(Organisation service) {
    return new ServiceRef(service.getId(), service.getName(), service.getRegion());
  }

  static FrameworkRef framework(Framework f, String kind) {
    return new FrameworkRef(
        f.getCode(),
        f.getName(),
        f.isRated(),
        f.isScored(),
        f.kind(kind).map(FrameworkKind::getRatedAreas).orElse(null),
        f.standardsRatedIn(kind).size());
  }

  static RecommendationView recommendation(Recommendation r) {
    return new RecommendationView(
        r.getId(),
        r.getNumber(),
        r.getHeading(),
        r.getText(),
        r.getOwnerKinds().stream().sorted().toList(),
        OrganisationRef.sortedByName(r.getOwners()),
        r.getStandards().stream().sorted().toList());
  }

  private static StandardView standard(
      Inspection inspection, StandardResult result, ScoringRules rules, Assessment assessment) {
    Standard standard = result.getStandard();
    List<KeyQuestion> questions = standard.getKeyQuestions();
    List<KeyQuestionView> keyQuestions =
        result.getKeyQuestions().stream().map(kq -> keyQuestion(kq, questions, rules)).toList();
    Discretion discretion =
        result.getDiscretionFrom() == null
            ? null
            : new Discretion(
                result.getDiscretionFrom(),
                result.getPublishedRating(),
                result.getDiscretionReason());
    return new StandardView(
        standard.getCode(),
        standard.getName(),
        standard.getDomain().getName(),
        standard.isCaseSampled(),
        standard.isScored(),
        result.getPublishedRating(),
        assessment.derivedRatings().get(standard.getCode()),
        discretion,
        keyQuestions,
        texts(inspection, standard.getCode(), FindingKind.STRENGTH),
        texts(inspection, standard.getCode(), FindingKind.AREA_FOR_IMPROVEMENT));
  }

  private static KeyQuestionView keyQuestion(
      KeyQuestionResult result, List<KeyQuestion> questions, ScoringRules rules) {
    String question =
        questions.stream()
            .filter(q -> q.getPosition() == result.getPosition())
            .map(KeyQuestion::getText)
            .findFirst()
            .orElse("Key question " + result.getPosition());
    return new KeyQuestionView(
        result.getPosition(),
        question,
        result.getPercentYes(),
        rules.bandOf(result.getPercentYes()).orElse(null),
        result.getPrompts().stream()
            .map(p -> new PromptView(p.getText(), p.getPercentYes()))
            .toList());
  }

  private static List<String> texts(Inspection inspection, String code, FindingKind kind) {
    return inspection.findings(code, kind).stream().map(f -> f.getText()).toList();
  }
}
