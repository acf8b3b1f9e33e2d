package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yjtracker.actionplan.entity.ActionStatus.BLOCKED;
import static org.yjtracker.actionplan.entity.ActionStatus.CANCELLED;
import static org.yjtracker.actionplan.entity.ActionStatus.COMPLETE;
import static org.yjtracker.actionplan.entity.ActionStatus.IN_PROGRESS;
import static org.yjtracker.actionplan.entity.ActionStatus.NOT_STARTED;
import static org.yjtracker.actionplan.entity.RecommendationStatus.CLOSED_NOT_IMPLEMENTED;
import static org.yjtracker.actionplan.entity.RecommendationStatus.IMPLEMENTED;
import static org.yjtracker.actionplan.entity.RecommendationStatus.OPEN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.entity.RecommendationStatus;

class RecommendationProgressTest {

  @Test
  void withoutActionsOrWithNoneStartedARecommendationIsOpen() {
    assertEquals(OPEN, RecommendationProgress.derive(List.of()));
    assertEquals(OPEN, RecommendationProgress.derive(List.of(NOT_STARTED, NOT_STARTED)));
    assertEquals(OPEN, RecommendationProgress.derive(List.of(CANCELLED)));
  }

  @Test
  void anyWorkUnderWayMakesItInProgress() {
    assertEquals(
        RecommendationStatus.IN_PROGRESS,
        RecommendationProgress.derive(List.of(NOT_STARTED, IN_PROGRESS)));
    assertEquals(
        RecommendationStatus.IN_PROGRESS,
        RecommendationProgress.derive(List.of(COMPLETE, NOT_STARTED)));
    assertEquals(RecommendationStatus.IN_PROGRESS, RecommendationProgress.derive(List.of(BLOCKED)));
  }

  @Test
  void everyLiveActionCompleteMakesItImplemented() {
    assertEquals(IMPLEMENTED, RecommendationProgress.derive(List.of(COMPLETE, COMPLETE)));
    assertEquals(IMPLEMENTED, RecommendationProgress.derive(List.of(COMPLETE, CANCELLED)));
  }

  @Test
  void anInspectorsStatusOverridesTheDerivedOne() {
    assertEquals(
        CLOSED_NOT_IMPLEMENTED,
        RecommendationProgress.current(CLOSED_NOT_IMPLEMENTED, List.of(COMPLETE)));
    assertEquals(IMPLEMENTED, RecommendationProgress.current(null, List.of(COMPLETE)));
  }
}
