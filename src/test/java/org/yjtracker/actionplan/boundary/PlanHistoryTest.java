package org.yjtracker.actionplan.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.boundary.PlanProgress.StatusEntry;
import org.yjtracker.actionplan.boundary.PlanView.CarriedPlan;
import org.yjtracker.actionplan.boundary.PlanView.RecommendationPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;

/** Which status changes a caller reads, and in what words. */
class PlanHistoryTest {

  static final Instant T1 = Instant.parse("2026-02-03T10:00:00Z");
  static final Instant T2 = Instant.parse("2026-03-04T10:00:00Z");
  static final Instant T3 = Instant.parse("2026-04-05T10:00:00Z");

  /** Action 10 (the police's, seen by the partner) and 11 (health's) answer recommendation 1. */
  static final List<StatusEntry> ENTRIES =
      List.of(
          new StatusEntry(T1, "lead@yjs.test", null, 1L, null, "OPEN", "The plan was started"),
          new StatusEntry(T1, "lead@yjs.test", 10L, null, null, "NOT_STARTED", null),
          new StatusEntry(T1, "lead@yjs.test", 11L, null, null, "NOT_STARTED", null),
          new StatusEntry(T2, "police@police.test", 10L, null, "NOT_STARTED", "IN_PROGRESS", null),
          new StatusEntry(
              T2, "police@police.test", null, 1L, "OPEN", "IN_PROGRESS", "As its actions stand"),
          new StatusEntry(
              T3, "health@health.test", 11L, null, "NOT_STARTED", "CANCELLED", "No budget"),
          new StatusEntry(T3, null, null, 7L, null, "OPEN", "Carried"),
          new StatusEntry(T3, null, null, 99L, "OPEN", "IN_PROGRESS", null));

  @Test
  void whoSeesTheWholePlanReadsEveryEntryWithWhoMadeIt() {
    List<StatusChangeView> all = PlanHistory.visible(plan(action(10), action(11)), ENTRIES, true);
    assertEquals(ENTRIES.size(), all.size());
    assertEquals("Recommendation 1", all.get(0).subject());
    assertEquals("lead@yjs.test", all.get(0).by());
    assertEquals("Action: Flag children on police systems", all.get(1).subject());
    assertEquals(10L, all.get(1).actionId());
    assertEquals("health@health.test", all.get(5).by());
    assertEquals("No budget", all.get(5).reason());
    assertEquals("Recommendation 3 of July 2022 (carried forward)", all.get(6).subject());
    assertEquals("A recommendation no longer in this plan", all.get(7).subject());
    assertEquals(List.of(T1, T1, T1, T2, T2, T3, T3, T3), all.stream().map(e -> e.at()).toList());
  }

  @Test
  void aPartnerReadsItsOwnActionsAndTheRecommendationsWithoutTheirAuthors() {
    List<StatusChangeView> seen = PlanHistory.visible(plan(action(10)), ENTRIES, false);
    assertEquals(6, seen.size(), seen::toString);
    assertEquals(
        List.of(10L),
        seen.stream().filter(e -> e.actionId() != null).map(e -> e.actionId()).distinct().toList());
    seen.stream()
        .filter(e -> e.recommendationId() != null)
        .forEach(e -> assertNull(e.by(), e::toString));
    assertEquals("As its actions stand", seen.get(3).reason(), "the plan page shows reasons too");
    assertEquals("police@police.test", seen.get(2).by(), "its own action's, as its page shows");
  }

  static PlanView plan(ActionView... actions) {
    var recommendation =
        new RecommendationPlan(
            1L,
            1,
            null,
            "Flag children",
            List.of(),
            List.of(),
            null,
            null,
            null,
            RecommendationStatus.IN_PROGRESS,
            RecommendationStatus.IN_PROGRESS,
            T2,
            null,
            0,
            List.of(actions));
    var carried =
        new CarriedPlan(
            7L,
            3,
            null,
            "Victims",
            5L,
            "2022-07",
            List.of(),
            "NOT_MET",
            null,
            RecommendationStatus.OPEN,
            T3,
            List.of());
    return new PlanView(
        1L,
        0,
        PlanStatus.DRAFT,
        2L,
        3L,
        "Test YJS",
        "2023-12",
        null,
        false,
        0,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        List.of(recommendation),
        List.of(carried),
        List.of(),
        List.of(),
        false,
        false,
        false,
        false,
        false,
        false);
  }

  static ActionView action(long id) {
    return new ActionView(
        id,
        0,
        1L,
        2L,
        "Test YJS",
        List.of(1L),
        List.of(1),
        null,
        null,
        null,
        id == 10 ? "Flag children on police systems" : "Health checks",
        "The description, which the history does not show",
        null,
        null,
        null,
        ActionStatus.IN_PROGRESS,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        false);
  }
}
