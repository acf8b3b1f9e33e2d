package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.InvalidInputException;

class NationalSqlTest {

  static final LocalDate TODAY = LocalDate.parse("2026-01-31");

  @Test
  void sortKeysAreWhitelistedAndNamedInTheError() {
    assertEquals(NationalSort.DEFAULT, NationalSort.parse(null));
    assertEquals(new NationalSort(NationalSort.Key.OVERALL, true), NationalSort.parse("-overall"));
    assertEquals(
        new NationalSort(NationalSort.Key.STALE_ACTIONS, false),
        NationalSort.parse("staleActions"));
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
            "HMIP_YJ_2018",
            OrganisationKind.POLICE,
            "VICTIMS",
            "%bex%");
    var sql =
        new NationalSql(filter, TODAY, org.yjtracker.actionplan.control.ProgressSettings.DEFAULT);
    var count = sql.count();
    assertEquals(
        List.of("LONDON", "GOOD", "HMIP_YJ_2018", "POLICE", "VICTIMS", "%bex%"),
        count.parameters());
    assertFalse(count.sql().contains("LONDON"));
    assertEquals(6, count.sql().chars().filter(c -> c == '?').count());
  }

  @Test
  void aPageBindsTheDatesThenTheFiltersThenLimitAndOffset() {
    var sql =
        new NationalSql(
            new NationalFilter(Region.WALES, null, null, null, null, null),
            TODAY,
            new org.yjtracker.actionplan.control.ProgressSettings(56, 14, 30));
    var page = sql.rows(new NationalSort(NationalSort.Key.SCORE, true), 25, 50);
    // Stale once the last activity is 30 days or more before today: before 2 January, UK time.
    assertEquals(
        List.of(
            Date.valueOf(TODAY),
            Timestamp.from(Instant.parse("2026-01-02T00:00:00Z")),
            "WALES",
            25,
            50),
        page.parameters());
    assertEquals(5, page.sql().chars().filter(c -> c == '?').count());
    assertTrue(page.sql().contains("l.published_score AS sort_value"), page.sql());
    assertTrue(
        page.sql().endsWith("ORDER BY page.sort_value DESC, page.sort_name ASC, page.sort_id ASC"));
    var all = sql.rows(NationalSort.DEFAULT, null, 0);
    assertFalse(all.sql().contains("LIMIT"));
    // Sorted on a count that takes a parameter: it comes before the filters.
    var overdue = sql.rows(new NationalSort(NationalSort.Key.OVERDUE_ACTIONS, false), 25, 0);
    assertEquals(
        List.of(
            Date.valueOf(TODAY),
            Timestamp.from(Instant.parse("2026-01-02T00:00:00Z")),
            Date.valueOf(TODAY),
            "WALES",
            25,
            0),
        overdue.parameters());
    assertEquals(6, overdue.sql().chars().filter(c -> c == '?').count());
  }
}
