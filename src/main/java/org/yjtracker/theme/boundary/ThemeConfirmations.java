package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.theme.boundary.InspectionThemesView.Confirmed;
import org.yjtracker.theme.boundary.InspectionThemesView.RecommendationThemes;
import org.yjtracker.theme.boundary.InspectionThemesView.Suggested;
import org.yjtracker.theme.boundary.InspectionThemesView.ThemeRef;
import org.yjtracker.theme.control.ThemeSuggester;
import org.yjtracker.theme.control.ThemeSuggester.Vocabulary;
import org.yjtracker.theme.entity.Theme;
import org.yjtracker.theme.entity.ThemeAssignment;

/**
 * Themes of an inspection's recommendations: the ones confirmed and the ones their words suggest
 * (worked out when asked, never stored); inspectors confirm them recommendation by recommendation.
 */
@ApplicationScoped
@Transactional
public class ThemeConfirmations {

  static final String AUDIT_TYPE = "RecommendationThemes";

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<ThemesConfirmed> themesConfirmed;
  @Inject Validator validator;

  public InspectionThemesView ofInspection(Caller caller, long inspectionId) {
    Inspection inspection =
        Optional.ofNullable(em.find(Inspection.class, inspectionId))
            .filter(i -> caller.isInspectorate() || !i.isDraft())
            .filter(i -> scope.of(caller).coversService(i.getService().getId()))
            .orElseThrow(() -> new NotFoundException("No inspection with id " + inspectionId));
    List<Theme> themes = em.createNamedQuery(Theme.ALL, Theme.class).getResultList();
    List<Vocabulary> active = vocabulary(themes);
    List<Recommendation> recommendations =
        inspection.getRecommendations().stream()
            .sorted(Comparator.comparingInt(Recommendation::getNumber))
            .toList();
    Map<Long, List<ThemeAssignment>> confirmed =
        assignments(recommendations.stream().map(Recommendation::getId).toList());
    return new InspectionThemesView(
        inspection.getId(),
        inspection.getService().getId(),
        inspection.getService().getName(),
        inspection.publication(),
        themes.stream()
            .filter(t -> !t.isRetired())
            .map(t -> new ThemeRef(t.getId(), t.getCode(), t.getName(), false))
            .toList(),
        recommendations.stream()
            .map(r -> view(r, confirmed.getOrDefault(r.getId(), List.of()), active))
            .toList());
  }

  /**
   * The confirmed themes of each of an inspection's recommendations, by recommendation id, for
   * pages that show them as tags (no suggestions worked out).
   */
  public Map<Long, List<ThemeRef>> confirmedOf(Caller caller, long inspectionId) {
    Inspection inspection =
        Optional.ofNullable(em.find(Inspection.class, inspectionId))
            .filter(i -> caller.isInspectorate() || !i.isDraft())
            .filter(i -> scope.of(caller).coversService(i.getService().getId()))
            .orElseThrow(() -> new NotFoundException("No inspection with id " + inspectionId));
    Map<Long, List<ThemeRef>> tags = new HashMap<>();
    assignments(inspection.getRecommendations().stream().map(Recommendation::getId).toList())
        .forEach(
            (id, list) ->
                tags.put(
                    id,
                    list.stream()
                        .map(ThemeAssignment::getTheme)
                        .sorted(Comparator.comparing(Theme::getName))
                        .map(t -> new ThemeRef(t.getId(), t.getCode(), t.getName(), t.isRetired()))
                        .toList()));
    return tags;
  }

  /** Replaces the confirmed themes of a recommendation with the ones given. */
  public RecommendationThemes confirm(
      Caller caller, long recommendationId, @Valid RecommendationThemesInput input) {
    requireInspector(caller);
    List<FieldError> errors = new ArrayList<>();
    Change change = check(caller, recommendationId, input.themes, "themes", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    List<ThemeAssignment> after = write(caller, change);
    themesConfirmed.fire(new ThemesConfirmed(change.recommendation().getInspection().getId()));
    List<Vocabulary> active =
        vocabulary(em.createNamedQuery(Theme.ALL, Theme.class).getResultList());
    return view(change.recommendation(), after, active);
  }

  /**
   * Replaces the confirmed themes of several recommendations of one inspection at once (the confirm
   * page's one form), by the same rules as {@link #confirm}. Every one is checked before any is
   * written, and a refusal names its recommendation ({@code themes-<id>}): nothing is saved unless
   * all can be. A recommendation whose themes are already the ones given is left alone.
   *
   * @param themes recommendation id to the ids of its themes
   * @return how many recommendations' themes changed
   */
  public int confirmAll(Caller caller, long inspectionId, Map<Long, List<Long>> themes) {
    requireInspector(caller);
    Set<Long> ofInspection = new HashSet<>();
    ofInspection(caller, inspectionId).recommendations().forEach(r -> ofInspection.add(r.id()));
    List<FieldError> errors = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    themes.forEach(
        (recommendationId, ids) -> {
          String field = "themes-" + recommendationId;
          if (!ofInspection.contains(recommendationId)) {
            throw new NotFoundException(
                "No recommendation " + recommendationId + " in inspection " + inspectionId);
          }
          var input = new RecommendationThemesInput();
          input.themes = ids;
          validator.validate(input).forEach(v -> errors.add(new FieldError(field, v.getMessage())));
          if (input.themes != null && input.themes.stream().noneMatch(Objects::isNull)) {
            Change change = check(caller, recommendationId, ids, field, errors);
            if (!change.already().equals(change.wanted())) {
              changes.add(change);
            }
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    changes.forEach(c -> write(caller, c));
    if (!changes.isEmpty()) {
      themesConfirmed.fire(new ThemesConfirmed(inspectionId));
    }
    return changes.size();
  }

  /** What confirming these themes would change, its refusals added to the errors given. */
  private record Change(
      Recommendation recommendation,
      List<ThemeAssignment> current,
      Set<Long> already,
      Set<Long> wanted,
      Map<Long, Theme> themes) {}

  private Change check(
      Caller caller, long recommendationId, List<Long> ids, String field, List<FieldError> errors) {
    Recommendation recommendation =
        Optional.ofNullable(em.find(Recommendation.class, recommendationId))
            .filter(r -> scope.of(caller).coversService(r.getInspection().getService().getId()))
            .orElseThrow(() -> new NotFoundException("No recommendation " + recommendationId));
    List<ThemeAssignment> current =
        assignments(List.of(recommendationId)).getOrDefault(recommendationId, List.of());
    Set<Long> already = new LinkedHashSet<>();
    current.forEach(a -> already.add(a.getTheme().getId()));
    Set<Long> wanted = new LinkedHashSet<>(ids);
    Map<Long, Theme> themes = new HashMap<>();
    for (Long id : wanted) {
      Theme theme = em.find(Theme.class, id);
      if (theme == null) {
        errors.add(new FieldError(field, "There is no theme with id " + id));
      } else if (theme.isRetired() && !already.contains(id)) {
        // A theme retired after it was confirmed stays; it is only no longer given anew.
        errors.add(new FieldError(field, theme.getName() + " is retired"));
      } else {
        themes.put(id, theme);
      }
    }
    return new Change(recommendation, current, already, wanted, themes);
  }

  /** Writes a checked change and audits it; the recommendation's themes after it. */
  private List<ThemeAssignment> write(Caller caller, Change change) {
    long recommendationId = change.recommendation().getId();
    List<String> before = codes(change.current());
    Instant now = clock.instant();
    for (ThemeAssignment a : change.current()) {
      if (!change.wanted().contains(a.getTheme().getId())) {
        em.remove(a);
      }
    }
    for (Long id : change.wanted()) {
      if (!change.already().contains(id)) {
        em.persist(
            new ThemeAssignment(recommendationId, change.themes().get(id), caller.email(), now));
      }
    }
    em.flush();
    List<ThemeAssignment> after =
        assignments(List.of(recommendationId)).getOrDefault(recommendationId, List.of());
    audit.record(
        caller,
        AuditAction.UPDATE,
        AUDIT_TYPE,
        recommendationId,
        null,
        Map.of("themes", before),
        Map.of("themes", codes(after)));
    return after;
  }

  private static void requireInspector(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTOR, Role.INSPECTORATE_ADMIN)) {
      throw new ForbiddenException("Only inspectors confirm the themes of a recommendation.");
    }
  }

  /**
   * Confirms, for every recommendation of an inspection with no confirmed theme yet, the themes its
   * words suggest, as the inspector would by saving the confirm page untouched.
   */
  public void confirmSuggested(Caller caller, long inspectionId) {
    for (RecommendationThemes r : ofInspection(caller, inspectionId).recommendations()) {
      if (r.confirmed().isEmpty() && !r.suggested().isEmpty()) {
        var input = new RecommendationThemesInput();
        input.themes = r.suggested().stream().map(Suggested::id).toList();
        confirm(caller, r.id(), input);
      }
    }
  }

  private static RecommendationThemes view(
      Recommendation r, List<ThemeAssignment> confirmed, List<Vocabulary> active) {
    return new RecommendationThemes(
        r.getId(),
        r.getNumber(),
        r.getHeading(),
        r.getText(),
        confirmed.stream()
            .map(
                a ->
                    new Confirmed(
                        a.getTheme().getId(),
                        a.getTheme().getCode(),
                        a.getTheme().getName(),
                        a.getTheme().isRetired(),
                        a.getConfirmedBy(),
                        a.getConfirmedAt()))
            .toList(),
        ThemeSuggester.suggest(active, r.getText()).stream()
            .map(s -> new Suggested(s.themeId(), s.code(), s.name(), s.matched()))
            .toList());
  }

  private static List<Vocabulary> vocabulary(List<Theme> themes) {
    return themes.stream()
        .filter(t -> !t.isRetired())
        .map(t -> new Vocabulary(t.getId(), t.getCode(), t.getName(), t.getKeywords()))
        .toList();
  }

  private Map<Long, List<ThemeAssignment>> assignments(List<Long> recommendationIds) {
    Map<Long, List<ThemeAssignment>> byRecommendation = new HashMap<>();
    if (recommendationIds.isEmpty()) {
      return byRecommendation;
    }
    em.createNamedQuery(ThemeAssignment.OF_RECOMMENDATIONS, ThemeAssignment.class)
        .setParameter("recommendationIds", recommendationIds)
        .getResultList()
        .forEach(
            a ->
                byRecommendation
                    .computeIfAbsent(a.getRecommendationId(), k -> new ArrayList<>())
                    .add(a));
    return byRecommendation;
  }

  private static List<String> codes(List<ThemeAssignment> assignments) {
    return assignments.stream().map(a -> a.getTheme().getCode()).sorted().toList();
  }
}
