package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.inspection.boundary.InspectionInput.KeyQuestionInput;
import org.yjtracker.inspection.boundary.InspectionInput.RecommendationInput;
import org.yjtracker.inspection.boundary.InspectionInput.StandardInput;
import org.yjtracker.inspection.entity.DatePrecision;
import org.yjtracker.inspection.entity.FindingKind;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.Prompt;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.inspection.entity.StandardResult;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.platform.control.Dates;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Turns what a client sent into an inspection, checking every reference (service, framework,
 * standards, owners) and collecting every problem before anything is changed, so a bad request
 * changes nothing.
 */
@ApplicationScoped
public class InspectionAssembler {

  @PersistenceContext EntityManager em;

  /** The input checked and resolved; {@link #applyTo} then cannot fail. */
  record Checked(
      Organisation service,
      Framework framework,
      InspectionKind kind,
      LocalDate fieldworkStart,
      DatePrecision fieldworkPrecision,
      LocalDate publishedOn,
      DatePrecision precision,
      Rating overall,
      List<CheckedStandard> standards,
      List<CheckedRecommendation> recommendations) {}

  record CheckedStandard(
      StandardInput input, Standard standard, Rating rating, Rating discretionFrom) {}

  record CheckedRecommendation(
      RecommendationInput input,
      Set<OrganisationKind> kinds,
      Set<Organisation> owners,
      Set<String> standards) {}

  Checked check(InspectionInput input, Inspection existing) {
    var errors = new ArrayList<FieldError>();
    Organisation service = service(input.serviceId, errors);
    Framework framework = framework(input.framework, errors);
    InspectionKind kind = Enums.parseInto(InspectionKind.class, input.kind, "kind", errors);
    // Older covers give only the month fieldwork started, as most give the month of publication.
    DatePrecision fieldworkPrecision =
        Dates.isMonth(input.fieldworkStart) ? DatePrecision.MONTH : DatePrecision.DAY;
    LocalDate fieldwork = Dates.publication(input.fieldworkStart);
    if (fieldwork == null && input.fieldworkStart != null && !input.fieldworkStart.isBlank()) {
      errors.add(
          new FieldError("fieldworkStart", "Enter the fieldwork start as YYYY-MM or YYYY-MM-DD"));
    }
    DatePrecision precision =
        Dates.isMonth(input.published) ? DatePrecision.MONTH : DatePrecision.DAY;
    LocalDate published = Dates.publication(input.published);
    if (published == null && input.published != null && !input.published.isBlank()) {
      errors.add(
          new FieldError("published", "Enter the publication date as YYYY-MM or YYYY-MM-DD"));
    }
    Rating overall =
        Enums.parseInto(Rating.class, input.publishedOverall, "publishedOverall", errors);
    if (overall == Rating.NOT_RATED) {
      errors.add(
          new FieldError("publishedOverall", "An inspection's overall rating cannot be Not rated"));
    }
    if (fieldwork != null && published != null && published.isBefore(fieldwork.withDayOfMonth(1))) {
      errors.add(new FieldError("published", "Publication cannot come before the fieldwork"));
    }
    if (framework != null && !framework.isRated()) {
      if (overall != null) {
        errors.add(
            new FieldError(
                "publishedOverall", framework.getName() + " reports have no overall rating"));
      }
      if (input.publishedScore != null) {
        errors.add(
            new FieldError("publishedScore", framework.getName() + " reports have no score"));
      }
    }
    if (framework != null
        && framework.isRated()
        && !framework.isScored()
        && input.publishedScore != null) {
      errors.add(new FieldError("publishedScore", framework.getName() + " reports have no score"));
    }
    if (framework != null && kind != null && framework.kind(kind.name()).isEmpty()) {
      errors.add(new FieldError("kind", kindRefused(framework, kind)));
      kind = null;
    }
    List<CheckedStandard> standards =
        framework == null ? List.of() : standards(input.standards, framework, kind, errors);
    List<CheckedRecommendation> recommendations =
        recommendations(input.recommendations, framework, existing, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Checked(
        service,
        framework,
        kind,
        fieldwork,
        fieldworkPrecision,
        published,
        precision,
        overall,
        standards,
        recommendations);
  }

  /**
   * Writes checked input onto an inspection. Ratings are rebuilt (the caller flushes between clear
   * and rebuild); recommendations are changed in place, as plans will point at them.
   */
  void applyTo(Inspection inspection, InspectionInput input, Checked checked) {
    inspection.moveTo(checked.service(), checked.framework(), checked.kind());
    inspection.date(
        checked.fieldworkStart(),
        checked.fieldworkPrecision(),
        checked.publishedOn(),
        checked.precision());
    boolean joint = input.joint != null ? input.joint : checked.kind() == InspectionKind.JOINT;
    inspection.describeReport(
        input.leadInspector, input.reportReference, joint, orEmpty(input.jointInspectorates));
    inspection.sample(
        input.courtCases, input.outOfCourtCases, input.resettlementCases, input.casesInspected);
    inspection.judge(input.publishedScore, checked.overall());
  }

  void rate(Inspection inspection, InspectionInput input, Checked checked) {
    for (CheckedStandard s : checked.standards()) {
      StandardResult result = inspection.rate(s.standard(), s.rating());
      for (KeyQuestionInput kq : orEmpty(s.input().keyQuestions)) {
        result.addKeyQuestion(
            kq.percentYes,
            orEmpty(kq.prompts).stream()
                .map(p -> new Prompt(p.text.strip(), p.percentYes))
                .toList());
      }
      result.applyDiscretion(s.discretionFrom(), s.input().discretionReason);
      orEmpty(s.input().strengths)
          .forEach(t -> inspection.addFinding(s.standard().getCode(), FindingKind.STRENGTH, t));
      orEmpty(s.input().areasForImprovement)
          .forEach(
              t ->
                  inspection.addFinding(
                      s.standard().getCode(), FindingKind.AREA_FOR_IMPROVEMENT, t));
    }
    orEmpty(input.strengths).forEach(t -> inspection.addFinding(null, FindingKind.STRENGTH, t));
    orEmpty(input.areasForImprovement)
        .forEach(t -> inspection.addFinding(null, FindingKind.AREA_FOR_IMPROVEMENT, t));
  }

  void recommend(Inspection inspection, Checked checked) {
    Set<Long> kept = new HashSet<>();
    checked.recommendations().stream()
        .map(r -> r.input().id)
        .filter(id -> id != null)
        .forEach(kept::add);
    new ArrayList<>(inspection.getRecommendations())
        .stream()
            .filter(r -> r.getId() != null && !kept.contains(r.getId()))
            .forEach(inspection::removeRecommendation);
    for (CheckedRecommendation r : checked.recommendations()) {
      Recommendation recommendation =
          r.input().id == null
              ? inspection.addRecommendation()
              : inspection.recommendation(r.input().id).orElseThrow();
      recommendation.describe(
          r.input().number,
          r.input().heading,
          r.input().text,
          r.kinds(),
          r.owners(),
          r.standards());
    }
  }

  private Organisation service(Long id, List<FieldError> errors) {
    if (id == null) {
      return null;
    }
    Organisation service = em.find(Organisation.class, id);
    if (service == null || !service.isService()) {
      errors.add(new FieldError("serviceId", "No youth justice service with id " + id));
      return null;
    }
    return service;
  }

  Framework framework(String code, List<FieldError> errors) {
    if (code == null || code.isBlank()) {
      return null;
    }
    Optional<Framework> found =
        em.createNamedQuery(Framework.BY_CODE, Framework.class)
            .setParameter("code", code.strip())
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      errors.add(new FieldError("framework", "No inspection framework with code " + code));
    }
    return found.orElse(null);
  }

  /** Names the kinds the framework has, so the inspector can choose one of them. */
  private static String kindRefused(Framework framework, InspectionKind kind) {
    List<String> offered =
        framework.getKinds().stream()
            .map(k -> InspectionKind.valueOf(k.getKind()).label().toLowerCase(Locale.UK))
            .toList();
    return framework.getName()
        + " has no "
        + kind.label().toLowerCase(Locale.UK)
        + "; choose "
        + String.join(" or ", offered);
  }

  private List<CheckedStandard> standards(
      List<StandardInput> inputs,
      Framework framework,
      InspectionKind kind,
      List<FieldError> errors) {
    var checked = new ArrayList<CheckedStandard>();
    Set<String> seen = new HashSet<>();
    List<StandardInput> given = orEmpty(inputs);
    for (int i = 0; i < given.size(); i++) {
      StandardInput input = given.get(i);
      String at = "standards[" + i + "].";
      if (input == null || input.code == null) {
        continue;
      }
      Optional<Standard> standard = framework.standard(input.code.strip());
      if (standard.isEmpty()) {
        errors.add(
            new FieldError(at + "code", framework.getName() + " has no standard " + input.code));
        continue;
      }
      if (kind != null && !standard.get().getDomain().isRatedIn(kind.name())) {
        errors.add(
            new FieldError(
                at + "code",
                kind.label()
                    + " does not rate "
                    + standard.get().getCode()
                    + " "
                    + standard.get().getName()));
        continue;
      }
      if (!seen.add(standard.get().getCode())) {
        errors.add(new FieldError(at + "code", "Standard " + input.code + " is given twice"));
      }
      int allowed = standard.get().getKeyQuestions().size();
      if (orEmpty(input.keyQuestions).size() > allowed) {
        errors.add(
            new FieldError(
                at + "keyQuestions",
                allowed == 0
                    ? input.code + " is not rated from key questions"
                    : input.code + " has " + allowed + " key questions"));
      }
      Rating rating = Enums.parseInto(Rating.class, input.rating, at + "rating", errors);
      Rating from =
          Enums.parseInto(Rating.class, input.discretionFrom, at + "discretionFrom", errors);
      if (from == Rating.NOT_RATED) {
        errors.add(new FieldError(at + "discretionFrom", "Discretion starts from a rating"));
      }
      if (from == null && input.discretionReason != null && !input.discretionReason.isBlank()) {
        errors.add(
            new FieldError(at + "discretionFrom", "Give the rating discretion moved it from"));
      }
      checked.add(new CheckedStandard(input, standard.get(), rating, from));
    }
    return checked;
  }

  private List<CheckedRecommendation> recommendations(
      List<RecommendationInput> inputs,
      Framework framework,
      Inspection existing,
      List<FieldError> errors) {
    var checked = new ArrayList<CheckedRecommendation>();
    Set<Integer> numbers = new HashSet<>();
    List<RecommendationInput> given = orEmpty(inputs);
    for (int i = 0; i < given.size(); i++) {
      RecommendationInput input = given.get(i);
      String at = "recommendations[" + i + "].";
      if (input == null) {
        continue;
      }
      if (input.number != null && !numbers.add(input.number)) {
        errors.add(new FieldError(at + "number", "Number " + input.number + " is used twice"));
      }
      if (input.id != null && (existing == null || existing.recommendation(input.id).isEmpty())) {
        errors.add(new FieldError(at + "id", "This inspection has no recommendation " + input.id));
      }
      Set<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
      for (String kind : orEmpty(input.ownerKinds)) {
        OrganisationKind parsed =
            Enums.parseInto(OrganisationKind.class, kind, at + "ownerKinds", errors);
        if (parsed != null) {
          kinds.add(parsed);
        }
      }
      Set<Organisation> owners = new LinkedHashSet<>();
      for (Long ownerId : orEmpty(input.ownerIds)) {
        Organisation owner = ownerId == null ? null : em.find(Organisation.class, ownerId);
        if (owner == null) {
          errors.add(new FieldError(at + "ownerIds", "No organisation with id " + ownerId));
        } else {
          owners.add(owner);
          kinds.add(owner.getKind());
        }
      }
      if (kinds.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith(at + "owner"))) {
        // Every recommendation is addressed to someone: the plan's owners come from it.
        errors.add(
            new FieldError(
                at + "ownerKinds",
                "Choose who recommendation "
                    + (input.number == null ? i + 1 : input.number)
                    + " is addressed to"));
      }
      Set<String> standards = new LinkedHashSet<>();
      for (String code : orEmpty(input.standards)) {
        if (framework != null && (code == null || framework.standard(code.strip()).isEmpty())) {
          errors.add(
              new FieldError(at + "standards", framework.getName() + " has no standard " + code));
        } else if (code != null) {
          standards.add(code.strip());
        }
      }
      checked.add(new CheckedRecommendation(input, kinds, owners, standards));
    }
    return checked;
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
