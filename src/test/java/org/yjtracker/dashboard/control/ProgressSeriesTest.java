package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.dashboard.control.ProgressSeries.ActionHistory;
import org.yjtracker.dashboard.control.ProgressSeries.Month;
import org.yjtracker.dashboard.control.ProgressSeries.Update;

class ProgressSeriesTest {

  static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void everyMonthFromPublicationToTodayEvenWithoutActions() {
    List<Month> months =
        ProgressSeries.monthly(
            List.of(), LocalDate.parse("2024-11-15"), LocalDate.parse("2025-02-03"));
    assertEquals(
        List.of(
            YearMonth.parse("2024-11"),
            YearMonth.parse("2024-12"),
            YearMonth.parse("2025-01"),
            YearMonth.parse("2025-02")),
        months.stream().map(Month::month).toList());
    assertEquals(0, months.get(0).actions());
    assertNull(months.get(0).averagePercent());
  }

  @Test
  void eachMonthShowsTheLatestUpdateWrittenByItsEnd() {
    var first =
        new ActionHistory(
            at("2024-01-10T10:00:00Z"),
            false,
            List.of(
                new Update(1, at("2024-01-20T10:00:00Z"), Rag.RED, 10, null),
                new Update(2, at("2024-02-15T10:00:00Z"), Rag.AMBER, 50, null),
                new Update(3, at("2024-03-05T10:00:00Z"), Rag.GREEN, 100, null)));
    var second =
        new ActionHistory(
            at("2024-02-01T10:00:00Z"),
            false,
            List.of(new Update(4, at("2024-03-20T10:00:00Z"), Rag.GREEN, 30, null)));
    List<Month> months =
        ProgressSeries.monthly(
            List.of(first, second), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-31"));
    // January: only the first action, red at 10%.
    assertEquals(
        new Month(YearMonth.parse("2024-01"), 1, new BigDecimal("10.0"), 1, 0, 0, 0),
        months.get(0));
    // February: the first amber at 50%, the second written but with no update (0%).
    assertEquals(
        new Month(YearMonth.parse("2024-02"), 2, new BigDecimal("25.0"), 0, 1, 0, 1),
        months.get(1));
    // March: both green, 100% and 30%.
    assertEquals(
        new Month(YearMonth.parse("2024-03"), 2, new BigDecimal("65.0"), 0, 0, 2, 0),
        months.get(2));
  }

  @Test
  void aCorrectionSupersedesTheUpdateItCorrectsFromWhenItIsWritten() {
    var action =
        new ActionHistory(
            at("2024-01-02T10:00:00Z"),
            false,
            List.of(
                new Update(1, at("2024-01-10T10:00:00Z"), Rag.GREEN, 20, null),
                new Update(2, at("2024-01-20T10:00:00Z"), Rag.GREEN, 90, null),
                // Written in February: update 2 overstated progress.
                new Update(3, at("2024-02-03T10:00:00Z"), Rag.AMBER, 40, 2L)));
    List<Month> months =
        ProgressSeries.monthly(
            List.of(action), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-28"));
    // January stands as it was known then; February as corrected.
    assertEquals(new BigDecimal("90.0"), months.get(0).averagePercent());
    assertEquals(1, months.get(0).green());
    assertEquals(new BigDecimal("40.0"), months.get(1).averagePercent());
    assertEquals(1, months.get(1).amber());
    assertEquals(0, months.get(1).green());
    assertEquals(
        List.of(3L, 1L),
        ProgressSeries.standing(action.updates(), Instant.MAX).stream().map(Update::id).toList());
  }

  @Test
  void anUpdateWithoutAFigureKeepsTheLastFigureGiven() {
    var action =
        new ActionHistory(
            at("2024-01-02T10:00:00Z"),
            false,
            List.of(
                new Update(1, at("2024-01-10T10:00:00Z"), Rag.GREEN, 60, null),
                new Update(2, at("2024-01-20T10:00:00Z"), Rag.RED, null, null)));
    Month january =
        ProgressSeries.monthly(
                List.of(action), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"))
            .get(0);
    assertEquals(new BigDecimal("60.0"), january.averagePercent());
    assertEquals(1, january.red());
  }

  @Test
  void monthEndsAreUkMidnightAndTheCurrentMonthEndsToday() {
    // 23:30 UTC on 31 July is 1 August in London (BST): it belongs to August.
    var action =
        new ActionHistory(
            at("2024-07-01T10:00:00Z"),
            false,
            List.of(new Update(1, at("2024-07-31T23:30:00Z"), Rag.GREEN, 50, null)));
    List<Month> months =
        ProgressSeries.monthly(
            List.of(action), LocalDate.parse("2024-07-01"), LocalDate.parse("2024-08-10"));
    assertEquals(1, months.get(0).noUpdate());
    assertEquals(1, months.get(1).green());
  }

  @Test
  void cancelledActionsAreLeftOut() {
    var cancelled =
        new ActionHistory(
            at("2024-01-02T10:00:00Z"),
            true,
            List.of(new Update(1, at("2024-01-10T10:00:00Z"), Rag.RED, 0, null)));
    Month january =
        ProgressSeries.monthly(
                List.of(cancelled), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31"))
            .get(0);
    assertEquals(0, january.actions());
    assertEquals(0, january.red());
  }

  @Test
  void anActionCancelledLaterCountsInTheMonthsBeforeAndABroughtBackOneAgainAfter() {
    var action =
        new ActionHistory(
            at("2024-01-02T10:00:00Z"),
            List.of(
                new ProgressSeries.Cancelled(
                    at("2024-02-10T10:00:00Z"), at("2024-04-05T10:00:00Z"))),
            List.of(new Update(1, at("2024-01-10T10:00:00Z"), Rag.AMBER, 20, null)));
    List<Month> months =
        ProgressSeries.monthly(
            List.of(action), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-04-30"));
    assertEquals(List.of(1, 0, 0, 1), months.stream().map(Month::actions).toList());
    assertEquals(1, months.get(0).amber());
  }
}
