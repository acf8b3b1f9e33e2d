package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.InvalidInputException;

class NationalSqlTest {

  @Test
  void sortKeysAreWhitelistedAndNamedInTheError() {
    assertEquals(NationalSort.DEFAULT, NationalSort.parse(null));
    assertEquals(new NationalSort(NationalSort.Key.OVERALL, true), NationalSort.parse("-overall"));
    assertEquals(
        new NationalSort(NationalSort.Key.STALE_ACTIONS, false),
        NationalSort.parse("staleActions"));
    assertEquals(
        new NationalSort(NationalSort.Key.DAYS_LATE, true), NationalSort.parse("-daysLate"));
    var error =
        assertThrows(InvalidInputException.class, () -> NationalSort.parse("name; DROP TABLE x"));
    assertEquals("sort", error.errors().get(0).field());
  }

  @Test
  void everyFilterIsAParameterNeverText() {
    var filter =
        new NationalFilter(
            Region.LONDON,
            Rating.GOOD,
            "HMIP_YJ_2025",
            InspectionKind.CHILDREN_AND_VICTIMS,
            OrganisationKind.POLICE,
            "VICTIMS",
            "%bex%",
            true);
    var ratings = new NationalSql(filter).ratings();
    assertEquals(
        List.of(
            "LONDON",
            "GOOD",
            "HMIP_YJ_2025",
            "CHILDREN_AND_VICTIMS",
            "POLICE",
            "VICTIMS",
            "%bex%",
            true),
        ratings.parameters());
    assertFalse(ratings.sql().contains("LONDON"));
    assertFalse(ratings.sql().contains("CHILDREN"));
    assertTrue(ratings.sql().contains("s.inspection_kind = ?"), ratings.sql());
    assertEquals(8, ratings.sql().chars().filter(c -> c == '?').count());
    assertTrue(ratings.sql().endsWith(" GROUP BY s.overall, s.previous_overall"), ratings.sql());
  }

  @Test
  void aPageBindsTheFiltersThenLimitAndOffset() {
    var sql =
        new NationalSql(new NationalFilter(Region.WALES, null, null, null, null, null, null, null));
    var page = sql.rows(new NationalSort(NationalSort.Key.SCORE, true), 25, 50);
    assertEquals(List.of("WALES", 25, 50), page.parameters());
    assertEquals(3, page.sql().chars().filter(c -> c == '?').count());
    assertTrue(
        page.sql()
            .endsWith(
                " WHERE s.region = ? ORDER BY s.score DESC, s.service_name ASC, s.service_id ASC"
                    + " LIMIT ? OFFSET ?"),
        page.sql());
    var all = sql.rows(NationalSort.DEFAULT, null, 0);
    assertFalse(all.sql().contains("LIMIT"));
    assertEquals(List.of("WALES"), all.parameters());
  }

  @Test
  void unfilteredReadsHaveNoWhere() {
    var sql = new NationalSql(NationalFilter.NONE);
    assertFalse(sql.rows(NationalSort.DEFAULT, 25, 0).sql().contains("WHERE"));
    assertEquals(List.of(), sql.ratings().parameters());
  }

  @Test
  void everySortKeyOrdersByItsOwnKeptColumnThenNameAndId() {
    for (NationalSort.Key key : NationalSort.Key.values()) {
      String order = NationalSql.orderBy(new NationalSort(key, true));
      assertTrue(order.startsWith(" ORDER BY s."), order);
      assertTrue(order.contains(" DESC"), order);
    }
    assertEquals(
        " ORDER BY s.service_name DESC, s.service_id DESC",
        NationalSql.orderBy(new NationalSort(NationalSort.Key.SERVICE, true)));
    assertEquals(
        " ORDER BY s.days_late ASC, s.service_name ASC, s.service_id ASC",
        NationalSql.orderBy(new NationalSort(NationalSort.Key.DAYS_LATE, false)));
  }

  @Test
  void theLateFilterReadsTheKeptFlag() {
    var late = new NationalSql(new NationalFilter(null, null, null, null, null, null, null, false));
    assertTrue(late.ratings().sql().contains("WHERE s.plan_late = ?"));
    assertEquals(List.of(false), late.ratings().parameters());
  }

  /** The rules of status, flags and lateness are actionplan's: none is written here. */
  @Test
  void noStatusFlagOrLatenessRuleIsWrittenInTheSql() {
    var filter =
        new NationalFilter(
            Region.LONDON,
            Rating.GOOD,
            "X",
            InspectionKind.YOUTH_JUSTICE_SERVICES,
            OrganisationKind.POLICE,
            "T",
            "%a%",
            true);
    var sql = new NationalSql(filter);
    List<String> statements = new java.util.ArrayList<>();
    for (NationalSort.Key key : NationalSort.Key.values()) {
      statements.add(sql.rows(new NationalSort(key, false), 25, 0).sql());
    }
    statements.add(sql.ratings().sql());
    statements.add(NationalSql.due(LocalDate.parse("2026-01-31")).sql());
    for (String statement : statements) {
      String text = statement.toUpperCase(Locale.ROOT);
      for (String rule :
          List.of(
              "PLAN_ACTION",
              "ACTION_PLAN",
              "RECOMMENDATION ",
              "PROGRESS_UPDATE",
              "INSPECTION ",
              "CASE ",
              "'COMPLETE'",
              "'CANCELLED'",
              "DATEDIFF",
              "CURDATE")) {
        assertFalse(text.contains(rule), rule + " in " + statement);
      }
    }
  }

  @Test
  void theCatchUpCheckTakesTodayTwice() {
    var due = NationalSql.due(LocalDate.parse("2026-01-31"));
    assertEquals(List.of(Date.valueOf("2026-01-31"), Date.valueOf("2026-01-31")), due.parameters());
  }
}
