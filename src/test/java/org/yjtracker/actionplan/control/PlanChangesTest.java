package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjtracker.actionplan.entity.RecommendationStatus.IMPLEMENTED;
import static org.yjtracker.actionplan.entity.RecommendationStatus.IN_PROGRESS;
import static org.yjtracker.actionplan.entity.RecommendationStatus.OPEN;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanChanges.ActionFact;
import org.yjtracker.actionplan.control.PlanChanges.RecommendationFact;
import org.yjtracker.actionplan.control.PlanChanges.StatusFact;
import org.yjtracker.actionplan.control.PlanChanges.TargetFact;
import org.yjtracker.actionplan.control.PlanChanges.UpdateFact;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.platform.control.Clocks;

/** What the board's "changed since" view counts: on the day counts, the day before does not. */
class PlanChangesTest {

  /** A summer day: the UK is an hour ahead of UTC, so UK days and UTC days differ. */
  static final LocalDate SINCE = LocalDate.of(2026, 6, 10);

  /** The first moment of {@link #SINCE} in the UK (23:00 UTC the day before). */
  static final Instant FIRST_MOMENT = uk(SINCE, 0, 0);

  /** The last moment of the day before in the UK. */
  static final Instant DAY_BEFORE = FIRST_MOMENT.minusSeconds(1);

  static Instant uk(LocalDate day, int hour, int minute) {
    return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute))
        .atZone(Clocks.TRACKER_ZONE)
        .toInstant();
  }

  static ActionFact action(long id, ActionStatus status, Instant since) {
    return new ActionFact(id, "Action " + id, "Bexley YJS", null, status, since);
  }

  static PlanChanges of(
      List<ActionFact> actions,
      List<TargetFact> moves,
      List<UpdateFact> updates,
      List<StatusFact> history) {
    return PlanChanges.since(
        SINCE,
        actions,
        moves,
        updates,
        List.of(new RecommendationFact(100, 1, null), new RecommendationFact(200, 3, "2023-12")),
        history);
  }

  @Test
  void anActionCompletedOnTheDayCountsAndTheDayBeforeDoesNot() {
    PlanChanges changes =
        of(
            List.of(
                action(1, ActionStatus.COMPLETE, FIRST_MOMENT),
                action(2, ActionStatus.COMPLETE, DAY_BEFORE),
                action(3, ActionStatus.IN_PROGRESS, FIRST_MOMENT.plusSeconds(3600)),
                action(4, ActionStatus.CANCELLED, FIRST_MOMENT)),
            List.of(),
            List.of(),
            List.of());
    assertEquals(1, changes.counts().completed());
    assertEquals(1L, changes.completed().get(0).actionId());
    assertEquals(SINCE, changes.completed().get(0).on());
    assertEquals("Bexley YJS", changes.completed().get(0).leadOrganisation());
  }

  @Test
  void targetMovesCountFromTheDayOnlyForActionsTheCallerSees() {
    var seen = action(1, ActionStatus.IN_PROGRESS, DAY_BEFORE);
    var onTheDay =
        new TargetFact(
            1, SINCE, SINCE.plusMonths(1), "Trainer ill", "lead@x.test", uk(SINCE, 0, 0));
    var before =
        new TargetFact(1, SINCE.minusDays(5), SINCE, "Earlier move", "lead@x.test", DAY_BEFORE);
    var unseen = new TargetFact(9, SINCE, SINCE.plusDays(9), "Not yours", "x@x.test", FIRST_MOMENT);
    PlanChanges changes =
        of(List.of(seen), List.of(unseen, before, onTheDay), List.of(), List.of());
    assertEquals(1, changes.counts().retargeted());
    var moved = changes.retargeted().get(0);
    assertEquals(SINCE, moved.from());
    assertEquals(SINCE.plusMonths(1), moved.to());
    assertEquals("Trainer ill", moved.reason());
    assertEquals("lead@x.test", moved.by());
    assertEquals("Action 1", moved.title());
    assertEquals(SINCE, moved.on());
  }

  @Test
  void updatesCountFromTheDayOldestFirstWithTheirFirstWords() {
    var seen = action(1, ActionStatus.IN_PROGRESS, DAY_BEFORE);
    var later =
        new UpdateFact(11, 1, uk(SINCE.plusDays(2), 9, 0), "b@x.test", "Later", Rag.GREEN, 80, 10L);
    var first =
        new UpdateFact(
            10, 1, FIRST_MOMENT, "a@x.test", "First  on\nthe day", Rag.AMBER, null, null);
    var before = new UpdateFact(9, 1, DAY_BEFORE, "a@x.test", "Before", Rag.RED, 10, null);
    var unseen = new UpdateFact(12, 7, FIRST_MOMENT, "p@x.test", "Other", Rag.RED, 10, null);
    PlanChanges changes =
        of(List.of(seen), List.of(), List.of(later, unseen, before, first), List.of());
    assertEquals(2, changes.counts().updates());
    assertEquals(List.of(10L, 11L), changes.updates().stream().map(u -> u.updateId()).toList());
    assertEquals("First on the day", changes.updates().get(0).firstWords());
    assertEquals(Rag.AMBER, changes.updates().get(0).rag());
    assertFalse(changes.updates().get(0).correction());
    assertTrue(changes.updates().get(1).correction());
    assertEquals(80, changes.updates().get(1).percentComplete());
    assertEquals(SINCE.plusDays(2), changes.updates().get(1).on());
  }

  @Test
  void aRecommendationGivesOneLineFromBeforeItsFirstMoveToAfterItsLast() {
    PlanChanges changes =
        of(
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new StatusFact(100, uk(SINCE.minusMonths(2), 10, 0), null, OPEN),
                new StatusFact(100, DAY_BEFORE, OPEN, IN_PROGRESS),
                new StatusFact(100, FIRST_MOMENT, IN_PROGRESS, IMPLEMENTED),
                new StatusFact(200, uk(SINCE, 12, 0), OPEN, IN_PROGRESS),
                new StatusFact(200, uk(SINCE.plusDays(3), 12, 0), IN_PROGRESS, IMPLEMENTED),
                new StatusFact(999, FIRST_MOMENT, OPEN, IN_PROGRESS)));
    assertEquals(2, changes.counts().recommendations());
    var own = changes.recommendations().get(0);
    assertEquals(1, own.number());
    assertEquals(IN_PROGRESS, own.from());
    assertEquals(IMPLEMENTED, own.to());
    assertEquals(SINCE, own.on());
    assertEquals(1, own.moves());
    var carried = changes.recommendations().get(1);
    assertEquals(3, carried.number());
    assertEquals("2023-12", carried.carriedFrom());
    assertEquals(OPEN, carried.from());
    assertEquals(IMPLEMENTED, carried.to());
    assertEquals(SINCE.plusDays(3), carried.on());
    assertEquals(2, carried.moves());
  }

  @Test
  void aRecommendationMovedOnlyTheDayBeforeOrTakenUpOrBackWhereItWasIsNoChange() {
    PlanChanges changes =
        of(
            List.of(),
            List.of(),
            List.of(),
            List.of(
                new StatusFact(100, DAY_BEFORE, OPEN, IN_PROGRESS),
                new StatusFact(200, FIRST_MOMENT, null, OPEN),
                new StatusFact(200, uk(SINCE, 10, 0), OPEN, IN_PROGRESS),
                new StatusFact(200, uk(SINCE, 11, 0), IN_PROGRESS, OPEN)));
    assertEquals(0, changes.counts().recommendations());
    assertEquals(0, changes.counts().total());
  }

  @Test
  void firstWordsStopAfterTwentyFiveWordsOrTwoHundredCharacters() {
    String thirty = String.join(" ", java.util.Collections.nCopies(30, "word"));
    String cut = PlanChanges.firstWords(thirty);
    assertEquals(String.join(" ", java.util.Collections.nCopies(25, "word")) + "…", cut);
    String longWords = String.join(" ", java.util.Collections.nCopies(10, "x".repeat(30)));
    String shortened = PlanChanges.firstWords(longWords);
    assertTrue(shortened.endsWith("…"));
    assertTrue(shortened.length() <= PlanChanges.FIRST_CHARACTERS);
    assertEquals("Short update.", PlanChanges.firstWords("  Short update. "));
    assertEquals("", PlanChanges.firstWords("   "));
  }

  @Test
  void theBoardPaperWordsGiveCountsAndCarriedRecommendations() {
    assertEquals("Changed since 10 June 2026", PlanChangesWords.title(SINCE));
    assertEquals("Actions completed: 2", PlanChangesWords.completedHeading(2));
    var carried = new PlanChanges.StatusMove(200, 3, "2023-12", OPEN, IN_PROGRESS, SINCE, 1);
    assertEquals(
        "Recommendation 3 of December 2023 (carried forward)",
        PlanChangesWords.recommendation(carried));
    var update =
        new PlanChanges.NewUpdate(1, "A", 2, SINCE, "a@x.test", "Done so far", Rag.AMBER, 40, true);
    assertEquals(
        "Amber, 40% complete (a correction): Done so far", PlanChangesWords.update(update));
  }
}
