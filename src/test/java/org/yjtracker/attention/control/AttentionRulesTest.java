package org.yjtracker.attention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.boundary.ActionView;
import org.yjtracker.actionplan.boundary.PlanView;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.control.ActionShow;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.attention.entity.AttentionItem;
import org.yjtracker.attention.entity.AttentionSection;
import org.yjtracker.dashboard.entity.ServiceRow;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.OrganisationKind;

/** The start page's rules (package description R1 to R4), with no container. */
class AttentionRulesTest {

  static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

  @Test
  void actionSectionsSelectByTheKeptFlagsAndLinkToTheFilteredList() {
    ActionView overdue = action(1, new ActionFlags(true, false, true, -3L, null));
    ActionView dueSoon = action(2, new ActionFlags(false, true, false, 5L, null));
    ActionView fine = action(3, new ActionFlags(false, false, false, 40L, null));
    List<ActionView> mine = List.of(overdue, dueSoon, fine);

    AttentionSection late = AttentionRules.actions(ActionShow.OVERDUE, mine, TODAY, 10);
    assertEquals("overdue", late.id());
    assertEquals("1 action overdue", late.heading());
    assertEquals("/my-actions?show=overdue", late.href());
    assertEquals(List.of("/actions/1"), hrefs(late));
    assertEquals("Bexley YJS: Overdue by 3 days, No update since 1 March 2027", detail(late));

    AttentionSection soon = AttentionRules.actions(ActionShow.DUE_SOON, mine, TODAY, 10);
    assertEquals(List.of("/actions/2"), hrefs(soon));
    assertEquals("/my-actions?show=due-soon", soon.href());

    // The overdue action is also stale: it shows in both, as its flags say.
    AttentionSection stale = AttentionRules.actions(ActionShow.STALE, mine, TODAY, 10);
    assertEquals(List.of("/actions/1"), hrefs(stale));
  }

  @Test
  void anEmptySectionSaysSoInWords() {
    AttentionSection late = AttentionRules.actions(ActionShow.OVERDUE, List.of(), TODAY, 10);
    assertEquals(0, late.count());
    assertEquals("0 actions overdue", late.heading());
    assertEquals("Nothing is overdue", late.nothing());
    assertTrue(late.items().isEmpty());
  }

  @Test
  void aSectionShowsTenItemsButCountsThemAll() {
    List<ActionView> many =
        IntStream.rangeClosed(1, 12)
            .mapToObj(i -> action(i, new ActionFlags(true, false, false, -1L, null)))
            .toList();
    AttentionSection shown =
        AttentionRules.actions(ActionShow.OVERDUE, many, TODAY, AttentionSection.SHOWN);
    assertEquals(12, shown.count());
    assertEquals(10, shown.items().size());
    assertTrue(shown.more());
    AttentionSection whole =
        AttentionRules.actions(ActionShow.OVERDUE, many, TODAY, Integer.MAX_VALUE);
    assertEquals(12, whole.items().size());
    assertFalse(whole.more());
  }

  @Test
  void unansweredRecommendationsLeadToTheirPlaceInTheInspection() {
    var section =
        AttentionRules.unanswered(
            List.of(new AttentionRules.OwnedRecommendation(7, 3, "Improve", 42, "Bexley YJS")), 10);
    assertEquals("1 recommendation of yours with no action", section.heading());
    assertEquals("/start/unanswered", section.href());
    assertEquals(
        new AttentionItem(
            "Recommendation 3: Improve", "Bexley YJS", "/inspections/42#recommendation-3"),
        section.items().get(0));
  }

  @Test
  void plansWaitingForTheServiceAreDraftsAndEndorsedOnesWithTheirDeadline() {
    PlanView draft = plan(1, PlanStatus.DRAFT, PlanStage.DRAFT, TODAY.plusDays(12), false, 0);
    PlanView endorsed =
        plan(2, PlanStatus.ENDORSED, PlanStage.ENDORSED, TODAY.minusDays(4), true, 4);
    PlanView active = plan(3, PlanStatus.ACTIVE, PlanStage.ACTIVE, TODAY.minusDays(90), false, 0);
    List<PlanView> own = List.of(draft, endorsed, active);

    AttentionSection plans = AttentionRules.plans(own, TODAY, 10);
    assertEquals(3, plans.count());
    assertEquals("Active, due 1 December 2026", plans.items().get(2).detail());

    AttentionSection waiting = AttentionRules.waiting(own, TODAY, 10);
    assertEquals(List.of("/plans/1", "/plans/2"), hrefs(waiting));
    assertEquals(
        "To endorse; Draft, due 13 March 2027 (in 12 days)", waiting.items().get(0).detail());
    assertEquals(
        "To submit; Endorsed, due 25 February 2027 (4 days late)", waiting.items().get(1).detail());
  }

  @Test
  void theInspectorateSeesLatePlansReviewsAndQuietServices() {
    ServiceRow notStarted = row(1, "Ashford YJS", null, PlanStage.NOT_STARTED, true, 20);
    ServiceRow submitted = row(2, "Bexley YJS", 20L, PlanStage.SUBMITTED, false, 0);
    ServiceRow submittedLate = row(3, "Camden YJS", 30L, PlanStage.SUBMITTED_LATE, true, 2);
    ServiceRow activeQuiet = row(4, "Dudley YJS", 40L, PlanStage.ACTIVE, false, 0);
    ServiceRow activeBusy = row(5, "Ealing YJS", 50L, PlanStage.ACTIVE, false, 0);
    ServiceRow closed = row(6, "Fife YJS", 60L, PlanStage.CLOSED, false, 0);
    List<ServiceRow> rows =
        List.of(notStarted, submitted, submittedLate, activeQuiet, activeBusy, closed);

    AttentionSection late = AttentionRules.latePlans(List.of(submittedLate, notStarted), 10);
    assertEquals("/dashboard?late=true", late.href());
    // Most days late first; a service without a plan leads to its dashboard.
    assertEquals(List.of("/services/1/dashboard", "/plans/30"), hrefs(late));

    AttentionSection review = AttentionRules.review(rows, 10);
    assertEquals(List.of("/plans/20", "/plans/30"), hrefs(review));

    Map<Long, LocalDate> last =
        Map.of(
            20L, TODAY,
            30L, TODAY,
            40L, TODAY.minusDays(30),
            50L, TODAY.minusDays(29),
            60L, TODAY.minusDays(400));
    AttentionSection quiet = AttentionRules.quiet(rows, last, TODAY, 30, 10);
    assertEquals(List.of("/plans/40"), hrefs(quiet));
    assertEquals("No update for 30 days", quiet.items().get(0).detail());
    assertEquals("/start/quiet", quiet.href());
  }

  private static List<String> hrefs(AttentionSection section) {
    return section.items().stream().map(AttentionItem::href).toList();
  }

  private static String detail(AttentionSection section) {
    return section.items().get(0).detail();
  }

  static ActionView action(long id, ActionFlags flags) {
    return new ActionView(
        id,
        0,
        10,
        20,
        "Bexley YJS",
        List.of(),
        List.of(),
        null,
        new OrganisationRef(5, "Police", OrganisationKind.POLICE),
        null,
        "Action " + id,
        null,
        null,
        null,
        TODAY.plusDays(flags.daysToTarget()),
        ActionStatus.IN_PROGRESS,
        null,
        flags,
        null,
        List.of(),
        List.of(),
        false,
        null,
        TODAY,
        null,
        List.of(),
        false);
  }

  static PlanView plan(
      long id, PlanStatus status, PlanStage stage, LocalDate due, boolean late, long daysLate) {
    return new PlanView(
        id,
        0,
        status,
        100 + id,
        7,
        "Bexley YJS",
        "2026-10",
        due,
        late,
        daysLate,
        stage,
        0,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        true,
        false,
        false,
        false,
        false,
        false);
  }

  static ServiceRow row(
      long serviceId, String name, Long planId, PlanStage stage, boolean late, long daysLate) {
    return new ServiceRow(
        serviceId,
        name,
        null,
        null,
        "HMIP",
        "HMIP",
        null,
        null,
        100 + serviceId,
        "2026-10",
        null,
        null,
        null,
        planId,
        stage,
        null,
        late,
        daysLate,
        0,
        0,
        0,
        0,
        0,
        0);
  }
}
