package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yjtracker.framework.entity.Rating.GOOD;
import static org.yjtracker.framework.entity.Rating.INADEQUATE;
import static org.yjtracker.framework.entity.Rating.OUTSTANDING;
import static org.yjtracker.framework.entity.Rating.REQUIRES_IMPROVEMENT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.dashboard.control.RatingChanges.Change;
import org.yjtracker.dashboard.control.RatingChanges.Direction;

class RatingChangesTest {

  @Test
  void directionFollowsTheRatingScale() {
    assertEquals(Direction.IMPROVED, RatingChanges.direction(INADEQUATE, REQUIRES_IMPROVEMENT));
    assertEquals(Direction.SAME, RatingChanges.direction(GOOD, GOOD));
    assertEquals(Direction.DECLINED, RatingChanges.direction(OUTSTANDING, GOOD));
  }

  @Test
  void pairsAreOrderedAndTotalled() {
    var summary =
        RatingChanges.of(
            List.of(
                new Change(REQUIRES_IMPROVEMENT, GOOD, 3, null),
                new Change(GOOD, GOOD, 2, null),
                new Change(GOOD, INADEQUATE, 1, null),
                new Change(INADEQUATE, GOOD, 4, null)));
    assertEquals(7, summary.improved());
    assertEquals(2, summary.same());
    assertEquals(1, summary.declined());
    assertEquals(
        List.of(
            new Change(GOOD, GOOD, 2, Direction.SAME),
            new Change(GOOD, INADEQUATE, 1, Direction.DECLINED),
            new Change(REQUIRES_IMPROVEMENT, GOOD, 3, Direction.IMPROVED),
            new Change(INADEQUATE, GOOD, 4, Direction.IMPROVED)),
        summary.changes());
  }
}
