package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationStatus;

class DashboardCountsTest {

  @Test
  void everyStatusIsCountedZerosIncluded() {
    Map<RecommendationStatus, Integer> counts =
        DashboardCounts.byStatus(
            List.of(
                RecommendationStatus.OPEN,
                RecommendationStatus.IMPLEMENTED,
                RecommendationStatus.OPEN));
    assertEquals(2, counts.get(RecommendationStatus.OPEN));
    assertEquals(0, counts.get(RecommendationStatus.IN_PROGRESS));
    assertEquals(1, counts.get(RecommendationStatus.IMPLEMENTED));
    assertEquals(0, counts.get(RecommendationStatus.CLOSED_NOT_IMPLEMENTED));
    assertEquals(List.of(RecommendationStatus.values()), List.copyOf(counts.keySet()));
  }

  @Test
  void actionsWithoutAnUpdateAreCountedApart() {
    assertEquals(
        new DashboardCounts.RagCounts(2, 0, 1, 1),
        DashboardCounts.byRag(Arrays.asList(Rag.RED, null, Rag.GREEN, Rag.RED)));
  }

  @Test
  void flagsAreCountedEachOnItsOwn() {
    var overdueAndStale = new ActionFlags(true, false, true, -3L, Rag.RED);
    var dueSoon = new ActionFlags(false, true, false, 5L, Rag.AMBER);
    var fine = new ActionFlags(false, false, false, 50L, Rag.GREEN);
    assertEquals(
        new DashboardCounts.FlagCounts(1, 1, 1),
        DashboardCounts.byFlags(List.of(overdueAndStale, dueSoon, fine)));
  }
}
