package org.yjtracker.attention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.boundary.ActionPlans;
import org.yjtracker.actionplan.boundary.ActionView;
import org.yjtracker.actionplan.boundary.PlanActions;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.boundary.PlanView;
import org.yjtracker.actionplan.control.ActionShow;
import org.yjtracker.attention.control.AttentionRules;
import org.yjtracker.attention.control.AttentionRules.OwnedRecommendation;
import org.yjtracker.attention.entity.Attention;
import org.yjtracker.attention.entity.AttentionSection;
import org.yjtracker.dashboard.boundary.NationalDashboard;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.inspection.boundary.InspectionQuery;
import org.yjtracker.inspection.boundary.InspectionRecords;
import org.yjtracker.inspection.boundary.InspectionSummary;
import org.yjtracker.inspection.boundary.InspectionView;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.platform.entity.PageRequest;

/**
 * What needs the caller now, gathered through the other components' read APIs for each role the
 * caller has (see the package description, R1 to R4). Reads only.
 */
@ApplicationScoped
public class AttentionBoard {

  @Inject PlanActions actions;
  @Inject ActionPlans plans;
  @Inject PlanProgress progress;
  @Inject InspectionRecords inspections;
  @Inject NationalDashboard national;

  /** The start page's sections for the caller, each with its first items. */
  public Attention of(Caller caller) {
    return new Attention(sections(caller, AttentionSection.SHOWN));
  }

  /** One section of the caller's start page with all its items; 404 if the caller has none such. */
  public AttentionSection section(Caller caller, String id) {
    return sections(caller, Integer.MAX_VALUE).stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No section " + id + " on your start page"));
  }

  private List<AttentionSection> sections(Caller caller, int limit) {
    List<AttentionSection> sections = new ArrayList<>();
    LocalDate today = progress.today();
    if (caller.hasAnyRole(Role.PARTNER, Role.SERVICE_LEAD, Role.BOARD_MEMBER)
        && !caller.organisationIds().isEmpty()) {
      List<ActionView> mine = actions.mine(caller);
      for (ActionShow show : ActionShow.values()) {
        sections.add(AttentionRules.actions(show, mine, today, limit));
      }
      sections.add(AttentionRules.unanswered(owned(caller), limit));
    }
    if (caller.hasAnyRole(Role.SERVICE_LEAD, Role.BOARD_MEMBER)
        && !caller.organisationIds().isEmpty()) {
      List<PlanView> own = plans.ownOpenPlans(caller);
      sections.add(AttentionRules.plans(own, today, limit));
      sections.add(AttentionRules.waiting(own, today, limit));
    }
    if (caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR)) {
      List<ServiceRow> rows = national.all(caller, NationalFilter.NONE, NationalSort.DEFAULT);
      List<ServiceRow> late = national.all(caller, NationalFilter.LATE, NationalSort.DEFAULT);
      Map<Long, LocalDate> lastActivity =
          progress.lastActivity(
              rows.stream().map(ServiceRow::planId).filter(id -> id != null).toList());
      sections.add(AttentionRules.latePlans(late, limit));
      sections.add(AttentionRules.review(rows, limit));
      sections.add(
          AttentionRules.quiet(rows, lastActivity, today, progress.settings().staleDays(), limit));
    }
    return sections;
  }

  /**
   * The recommendations of each service's latest published inspection that are addressed to one of
   * the caller's organisations and that no action of the plan answers (the plan not closed).
   */
  private List<OwnedRecommendation> owned(Caller caller) {
    Set<Long> seenServices = new HashSet<>();
    List<OwnedRecommendation> owned = new ArrayList<>();
    int page = 1;
    while (true) {
      var found =
          inspections.search(
              caller,
              new InspectionQuery(
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  InspectionStatus.PUBLISHED,
                  null,
                  new PageRequest(page, PageRequest.MAX_SIZE)));
      for (InspectionSummary summary : found.items()) {
        // Newest first: the first inspection of a service is its latest.
        if (!seenServices.add(summary.service().id())) {
          continue;
        }
        var plan = progress.summaryOf(summary.id());
        if (plan.isPresent() && plan.get().closed()) {
          continue;
        }
        Set<Long> answered = plan.map(p -> progress.answered(p.id())).orElse(Set.of());
        InspectionView inspection = inspections.find(caller, summary.id());
        for (InspectionView.RecommendationView r : inspection.recommendations()) {
          boolean mine =
              r.owners().stream().anyMatch(o -> caller.organisationIds().contains(o.id()));
          if (mine && !answered.contains(r.id())) {
            owned.add(
                new OwnedRecommendation(
                    r.id(), r.number(), r.heading(), summary.id(), summary.service().name()));
          }
        }
      }
      if (page >= found.totalPages()) {
        return owned;
      }
      page++;
    }
  }
}
