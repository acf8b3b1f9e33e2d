package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.dashboard.entity.NationalEntry.Published;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.DatePrecision;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

class NationalEntriesTest {

  static final LocalDate TODAY = LocalDate.parse("2026-12-06");

  static Published published(long id, String on, Rating overall) {
    return new Published(
        7,
        "Suffolk",
        Region.EAST_OF_ENGLAND,
        id,
        "HMIP_YJ_2018",
        "Standards (2018)",
        InspectionKind.STANDARD,
        LocalDate.parse(on),
        DatePrecision.MONTH,
        overall,
        overall == null ? null : 9);
  }

  /** A plan never started, its inspection published long ago: what actionplan says of it. */
  static PlanFigures neverStarted(LocalDate publishedOn) {
    return PlanFigures.of(
        new PlanFigures.Facts(
            null,
            null,
            null,
            null,
            publishedOn,
            List.of(RecommendationStatus.OPEN, RecommendationStatus.OPEN),
            List.of()),
        TODAY,
        ProgressSettings.DEFAULT);
  }

  @Test
  void theRowShowsTheLatestPublishedInspectionAndTheRatedOneBeforeIt() {
    var first = published(3, "2019-05-01", Rating.GOOD);
    var unrated = published(9, "2021-02-01", null);
    var latest = published(12, "2023-11-01", Rating.INADEQUATE);
    var sameDayEnteredFirst = published(11, "2023-11-01", Rating.OUTSTANDING);
    var all = List.of(latest, first, sameDayEnteredFirst, unrated);
    assertSame(latest, NationalEntries.latest(all).orElseThrow());
    // Unrated inspections are passed over; on the same day the one entered first is earlier.
    assertEquals(Rating.OUTSTANDING, NationalEntries.previousOverall(all, latest));
    assertEquals(Rating.GOOD, NationalEntries.previousOverall(List.of(first, unrated), unrated));
    assertNull(NationalEntries.previousOverall(List.of(first), first));
  }

  @Test
  void aPlanNeverStartedPastItsDueDateIsLateByTheDaysSince() {
    var latest = published(12, "2023-03-01", Rating.REQUIRES_IMPROVEMENT);
    var entry =
        NationalEntries.of(
            List.of(latest, published(3, "2019-05-01", Rating.GOOD)),
            neverStarted(latest.publishedOn()),
            Set.of(OrganisationKind.POLICE),
            Set.of("VICTIMS"));
    assertEquals(7, entry.serviceId());
    assertSame(latest, entry.latest());
    assertEquals(Rating.GOOD, entry.previousOverall());
    assertEquals(PlanStage.NOT_STARTED, entry.figures().stage());
    // Due 56 days after publication: 2023-04-26; late every day since.
    assertEquals(LocalDate.parse("2023-04-26"), entry.figures().dueDate());
    assertEquals(1320, entry.figures().daysLate());
    assertEquals(2, entry.figures().openRecommendations());
    assertEquals(TODAY.plusDays(1), entry.figures().nextChange());
    assertEquals(Set.of(OrganisationKind.POLICE), entry.ownerKinds());
    assertEquals(Set.of("VICTIMS"), entry.themes());
  }

  @Test
  void aServiceWithoutAPublishedInspectionHasNoRow() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            NationalEntries.of(
                List.of(), neverStarted(LocalDate.parse("2026-01-01")), Set.of(), Set.of()));
  }
}
