package org.yjtracker.reportimport.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The framework's bands, at their edges. */
class RatingTest {

  @Test
  void keyQuestionBands() {
    assertEquals(Rating.OUTSTANDING, Rating.bandOf(80));
    assertEquals(Rating.GOOD, Rating.bandOf(79));
    assertEquals(Rating.GOOD, Rating.bandOf(65));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, Rating.bandOf(64));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, Rating.bandOf(50));
    assertEquals(Rating.INADEQUATE, Rating.bandOf(49));
  }

  @Test
  void overallBandsOfTheScore() {
    assertEquals(Rating.INADEQUATE, Rating.overallFor(6));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, Rating.overallFor(7));
    assertEquals(Rating.REQUIRES_IMPROVEMENT, Rating.overallFor(18));
    assertEquals(Rating.GOOD, Rating.overallFor(19));
    assertEquals(Rating.GOOD, Rating.overallFor(30));
    assertEquals(Rating.OUTSTANDING, Rating.overallFor(31));
  }

  @Test
  void pointsTowardsTheScore() {
    assertEquals(3, Rating.OUTSTANDING.points());
    assertEquals(0, Rating.INADEQUATE.points());
    assertEquals(0, Rating.NOT_RATED.points());
  }
}
