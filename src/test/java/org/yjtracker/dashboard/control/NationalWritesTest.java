package org.yjtracker.dashboard.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.dashboard.entity.NationalEntry;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.entity.OrganisationKind;

class NationalWritesTest {

  static NationalEntry entry() {
    var latest = NationalEntriesTest.published(12, "2023-03-01", Rating.REQUIRES_IMPROVEMENT);
    return NationalEntries.of(
        List.of(latest, NationalEntriesTest.published(3, "2019-05-01", Rating.GOOD)),
        NationalEntriesTest.neverStarted(latest.publishedOn()),
        Set.of(OrganisationKind.POLICE, OrganisationKind.HEALTH),
        Set.of("VICTIMS"));
  }

  @Test
  void anUpsertWritesEveryColumnOfEachRowAsParameters() {
    var upsert = NationalWrites.upsert(List.of(entry(), entry()));
    String sql = upsert.sql();
    String columns = sql.substring(sql.indexOf('(') + 1, sql.indexOf(')'));
    List<String> names = Arrays.stream(columns.split(", ")).toList();
    assertEquals(28, names.size());
    assertEquals(2 * names.size(), upsert.parameters().size());
    assertEquals(2 * names.size(), sql.chars().filter(c -> c == '?').count());
    assertTrue(sql.contains(" ON DUPLICATE KEY UPDATE service_name = VALUES(service_name), "));
    List<Object> first = upsert.parameters().subList(0, names.size());
    assertEquals(7L, first.get(names.indexOf("service_id")));
    assertEquals("EAST_OF_ENGLAND", first.get(names.indexOf("region")));
    assertEquals(12L, first.get(names.indexOf("inspection_id")));
    assertEquals("STANDARD", first.get(names.indexOf("inspection_kind")));
    assertEquals(Date.valueOf("2023-03-01"), first.get(names.indexOf("published_on")));
    assertEquals("MONTH", first.get(names.indexOf("published_precision")));
    assertEquals("REQUIRES_IMPROVEMENT", first.get(names.indexOf("overall")));
    assertEquals(2, first.get(names.indexOf("overall_rank")));
    assertEquals("GOOD", first.get(names.indexOf("previous_overall")));
    assertEquals(null, first.get(names.indexOf("plan_id")));
    assertEquals("NOT_STARTED", first.get(names.indexOf("plan_stage")));
    assertEquals(0, first.get(names.indexOf("stage_rank")));
    assertEquals(true, first.get(names.indexOf("plan_late")));
    assertEquals(1320L, first.get(names.indexOf("days_late")));
    assertEquals(2L, first.get(names.indexOf("open_recommendations")));
    assertEquals(Date.valueOf("2026-12-06"), first.get(names.indexOf("figures_on")));
    assertEquals(Date.valueOf("2026-12-07"), first.get(names.indexOf("next_change_on")));
  }

  @Test
  void aProgressChangeRewritesOnlyThePlansFiguresOfTheRowShowingItsInspection() {
    PlanFigures figures = entry().figures();
    var update = NationalWrites.figures(12, figures);
    assertTrue(update.sql().startsWith("UPDATE national_service SET plan_id = ?, "));
    assertTrue(update.sql().endsWith(" WHERE inspection_id = ?"));
    assertEquals(update.sql().chars().filter(c -> c == '?').count(), update.parameters().size());
    assertEquals(12L, update.parameters().get(update.parameters().size() - 1));
    assertTrue(!update.sql().contains("service_name") && !update.sql().contains("overall"));
  }

  @Test
  void filterRowsArePairsAndNoneIsNoStatement() {
    var kinds = NationalWrites.ownerKinds(List.of(entry()));
    assertEquals(1, kinds.size());
    assertEquals(
        "INSERT INTO national_service_owner_kind (kind, service_id) VALUES (?, ?), (?, ?)",
        kinds.get(0).sql());
    assertTrue(kinds.get(0).parameters().containsAll(List.of("POLICE", "HEALTH", 7L)));
    assertEquals(
        List.of("VICTIMS", 7L), NationalWrites.themes(List.of(entry())).get(0).parameters());
    var bare = new NationalEntry(entry().latest(), null, entry().figures(), Set.of(), Set.of());
    assertEquals(List.of(), NationalWrites.ownerKinds(List.of(bare)));
    assertEquals(List.of(), NationalWrites.themes(List.of(bare)));
    assertEquals(2, NationalWrites.forgetFilters(List.of(7L, 8L)).size());
    assertEquals(
        "DELETE FROM national_service WHERE service_id IN (?, ?)",
        NationalWrites.remove(List.of(7L, 8L)).sql());
    assertThrows(IllegalArgumentException.class, () -> NationalWrites.remove(List.of()));
  }

  @Test
  void ranksFollowTheRatingScaleAndTheWayOfAPlan() {
    assertEquals(4, NationalWrites.overallRank(Rating.OUTSTANDING));
    assertEquals(1, NationalWrites.overallRank(Rating.INADEQUATE));
    assertEquals(0, NationalWrites.overallRank(null));
    assertEquals(0, NationalWrites.stageRank(PlanStage.NOT_STARTED));
    assertEquals(6, NationalWrites.stageRank(PlanStage.CLOSED));
  }
}
