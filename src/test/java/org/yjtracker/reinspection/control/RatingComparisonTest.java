package org.yjtracker.reinspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yjtracker.framework.entity.Rating.GOOD;
import static org.yjtracker.framework.entity.Rating.INADEQUATE;
import static org.yjtracker.framework.entity.Rating.NOT_RATED;
import static org.yjtracker.framework.entity.Rating.OUTSTANDING;
import static org.yjtracker.framework.entity.Rating.REQUIRES_IMPROVEMENT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.reinspection.control.RatingComparison.Change;
import org.yjtracker.reinspection.control.RatingComparison.Rated;
import org.yjtracker.reinspection.control.RatingComparison.Side;
import org.yjtracker.reinspection.control.RatingComparison.StandardRow;

class RatingComparisonTest {

  @Test
  void sameFrameworkComparesEachStandardAndTheScoreAndOverall() {
    var then =
        new Side(
            17,
            REQUIRES_IMPROVEMENT,
            List.of(
                new Rated("1.1", "Governance and leadership", REQUIRES_IMPROVEMENT),
                new Rated("1.2", "Staff", GOOD),
                new Rated("2.1", "Assessment", OUTSTANDING)));
    var now =
        new Side(
            24,
            GOOD,
            List.of(
                new Rated("1.1", "Governance and leadership", GOOD),
                new Rated("1.2", "Staff", GOOD),
                new Rated("2.1", "Assessment", INADEQUATE)));

    var result = RatingComparison.compare(then, now);

    assertEquals(
        List.of(
            new StandardRow(
                "1.1", "Governance and leadership", REQUIRES_IMPROVEMENT, GOOD, Change.IMPROVED),
            new StandardRow("1.2", "Staff", GOOD, GOOD, Change.SAME),
            new StandardRow("2.1", "Assessment", OUTSTANDING, INADEQUATE, Change.DECLINED)),
        result.standards());
    assertEquals(17, result.scoreThen());
    assertEquals(24, result.scoreNow());
    assertEquals(7, result.scoreChange());
    assertEquals(Change.IMPROVED, result.overallChange());
  }

  @Test
  void aDeclineInScoreIsNegativeAndAWorseOverallDeclined() {
    var result =
        RatingComparison.compare(
            new Side(28, GOOD, List.of()), new Side(9, REQUIRES_IMPROVEMENT, List.of()));
    assertEquals(-19, result.scoreChange());
    assertEquals(Change.DECLINED, result.overallChange());
    assertEquals(List.of(), result.standards());
  }

  @Test
  void aScreeningWithNoRatingsLeavesEveryStandardAndTheOverallNotComparable() {
    var screening = new Side(null, null, List.of());
    var now =
        new Side(
            20,
            GOOD,
            List.of(
                new Rated("1.1", "Governance and leadership", GOOD),
                new Rated("1.2", "Staff", REQUIRES_IMPROVEMENT)));

    var result = RatingComparison.compare(screening, now);

    assertEquals(2, result.standards().size());
    result
        .standards()
        .forEach(
            row -> {
              assertNull(row.then());
              assertEquals(Change.NOT_COMPARABLE, row.change());
            });
    assertEquals(GOOD, result.standards().get(0).now());
    assertNull(result.scoreChange());
    assertEquals(Change.NOT_COMPARABLE, result.overallChange());
  }

  @Test
  void aFrameworkRatingOnlyTheOverallKeepsTheEarlierStandardsAsThenOnly() {
    var then =
        new Side(
            17,
            REQUIRES_IMPROVEMENT,
            List.of(new Rated("1.1", "Governance and leadership", REQUIRES_IMPROVEMENT)));
    var now = new Side(null, OUTSTANDING, List.of());

    var result = RatingComparison.compare(then, now);

    assertEquals(
        List.of(
            new StandardRow(
                "1.1",
                "Governance and leadership",
                REQUIRES_IMPROVEMENT,
                null,
                Change.NOT_COMPARABLE)),
        result.standards());
    assertNull(result.scoreChange());
    assertEquals(Change.IMPROVED, result.overallChange());
  }

  @Test
  void standardsMatchByNameWhenTheCodeChangedAndTheUnionKeepsBothSidesOwnStandards() {
    var then =
        new Side(
            null,
            GOOD,
            List.of(
                new Rated("1.1", "Governance and  Leadership", GOOD),
                new Rated("4.1", "Resettlement policy", INADEQUATE)));
    var now =
        new Side(
            null,
            GOOD,
            List.of(
                new Rated("A1", "Governance and leadership", OUTSTANDING),
                new Rated("B1", "Victims", GOOD)));

    var result = RatingComparison.compare(then, now);

    assertEquals(
        List.of(
            new StandardRow("A1", "Governance and leadership", GOOD, OUTSTANDING, Change.IMPROVED),
            new StandardRow("B1", "Victims", null, GOOD, Change.NOT_COMPARABLE),
            new StandardRow("4.1", "Resettlement policy", INADEQUATE, null, Change.NOT_COMPARABLE)),
        result.standards());
    assertEquals(Change.SAME, result.overallChange());
  }

  @Test
  void notRatedIsNeitherBetterNorWorse() {
    assertEquals(Change.NOT_COMPARABLE, RatingComparison.change(NOT_RATED, GOOD));
    assertEquals(Change.NOT_COMPARABLE, RatingComparison.change(GOOD, NOT_RATED));
    assertEquals(Change.SAME, RatingComparison.change(INADEQUATE, INADEQUATE));
    assertEquals(Change.IMPROVED, RatingComparison.change(INADEQUATE, REQUIRES_IMPROVEMENT));
  }

  @Test
  void acrossFrameworksOnlyTheOverallIsComparedAndNoStandardIsPaired() {
    var then =
        new Side(
            17,
            REQUIRES_IMPROVEMENT,
            List.of(new Rated("2.2", "Planning", GOOD), new Rated("1.1", "Governance", GOOD)));
    var now =
        new Side(
            null,
            GOOD,
            List.of(new Rated("2.2", "Planning", OUTSTANDING), new Rated("V1", "Victims", GOOD)));
    var result = RatingComparison.acrossFrameworks(then, now);
    assertEquals(Change.IMPROVED, result.overallChange());
    assertNull(result.scoreChange());
    assertEquals(4, result.standards().size());
    for (StandardRow row : result.standards()) {
      assertEquals(Change.NOT_COMPARABLE, row.change(), row::toString);
      assertTrue(row.then() == null || row.now() == null, row::toString);
    }
  }
}
