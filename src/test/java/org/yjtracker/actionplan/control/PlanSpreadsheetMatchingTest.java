package org.yjtracker.actionplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.actionplan.control.PlanTargets.OrganisationChoice;
import org.yjtracker.actionplan.control.PlanTargets.RecommendationChoice;
import org.yjtracker.organisation.entity.OrganisationKind;

/** Rows of a plan spreadsheet matched to the plan's recommendations and organisations. */
class PlanSpreadsheetMatchingTest {

  static final OrganisationChoice SERVICE =
      new OrganisationChoice(10, "Solihull Youth Justice Service", OrganisationKind.YJS);
  static final OrganisationChoice BOARD =
      new OrganisationChoice(11, "Solihull YJ Management Board", OrganisationKind.MANAGEMENT_BOARD);
  static final OrganisationChoice POLICE =
      new OrganisationChoice(12, "West Midlands Police", OrganisationKind.POLICE);
  static final OrganisationChoice HEALTH =
      new OrganisationChoice(13, "Birmingham and Solihull ICB", OrganisationKind.HEALTH);
  static final OrganisationChoice SCHOOLS =
      new OrganisationChoice(14, "Solihull Council Education", OrganisationKind.EDUCATION);
  static final OrganisationChoice PCC =
      new OrganisationChoice(15, "Office of the West Midlands PCC", OrganisationKind.PCC);

  static final List<RecommendationChoice> RECOMMENDATIONS =
      List.of(
          new RecommendationChoice(
              101,
              1,
              "improve the quality of assessment and planning work to keep children safe ..."),
          new RecommendationChoice(
              102, 2, "ensure that management oversight is consistently effective in reviewing"),
          new RecommendationChoice(
              103, 3, "ensure consistent attendance at the management board from education"),
          new RecommendationChoice(
              104, 4, "address the gap in speech, language and communication"));

  final PlanRowMatcher matcher =
      new PlanRowMatcher(
          RECOMMENDATIONS, SERVICE, List.of(SERVICE, BOARD, POLICE, HEALTH, SCHOOLS, PCC));

  ImportRow match(String ref, String recommendation, String lead) {
    return matcher.match(row(ref, recommendation, null, lead, null, null));
  }

  ImportRow lead(String combined, String person, String agency) {
    return matcher.match(row("1", null, null, combined, person, agency));
  }

  static SheetRow row(
      String ref, String recommendation, String area, String lead, String person, String agency) {
    return new SheetRow(
        1,
        2,
        ref,
        recommendation,
        area,
        null,
        "Do it",
        null,
        lead,
        person,
        agency,
        null,
        null,
        null,
        null,
        List.of());
  }

  @Test
  void refsNameRecommendationsByNumberInTheUsualWays() {
    for (String ref :
        List.of("1", "R1", "Rec 1", "1.", "Recommendation 1", "rec. 1", "1.2", "#1")) {
      ImportRow row = match(ref, null, "YJS");
      assertEquals(101L, row.recommendationId(), ref);
      assertEquals(1, row.recommendationNumber(), ref);
      assertEquals(List.of(), row.problems(), ref);
    }
    assertEquals(104L, match("R4", null, "YJS").recommendationId());
  }

  @Test
  void withoutARefTheRecommendationsTextDecides() {
    assertEquals(
        101L,
        match(null, "Improve the quality of assessment and planning work to keep", null)
            .recommendationId());
    assertEquals(
        102L,
        match(null, "The YJS should: ensure that management oversight is consistently", null)
            .recommendationId());
    assertEquals(
        104L, match(null, "4. Address the gap in speech and language", null).recommendationId());
  }

  @Test
  void aCarriedRecommendationIsFoundByTheReferenceTheExportsWrite() {
    var withCarried =
        new PlanRowMatcher(
            List.of(
                new RecommendationChoice(102, 2, "ensure that management oversight is effective"),
                new RecommendationChoice(301, 2, "improve work with victims", "2022-02")),
            SERVICE,
            List.of(SERVICE));
    assertEquals(
        301L,
        withCarried
            .match(row("2 (February 2022)", null, null, null, null, null))
            .recommendationId());
    assertEquals(
        301L,
        withCarried.match(row("2 (2022-02)", null, null, null, null, null)).recommendationId());
    // A bare number stays this inspection's own recommendation.
    assertEquals(
        102L, withCarried.match(row("2", null, null, null, null, null)).recommendationId());
    ImportRow notCarried = withCarried.match(row("2 (March 2021)", null, null, null, null, null));
    assertNull(notCarried.recommendationId());
    assertTrue(
        notCarried.problems().get(0).message().contains("carries no recommendation 2"),
        notCarried.problems()::toString);
  }

  @Test
  void anUnknownRecommendationIsAProblem() {
    ImportRow seven = match("7", null, "YJS");
    assertNull(seven.recommendationId());
    assertEquals("recommendationId", seven.problems().get(0).field());
    assertTrue(seven.problems().get(0).message().contains("no recommendation 7"));
    ImportRow unknownText = match(null, "Recruit more volunteers for referral panels", "YJS");
    assertEquals("recommendationId", unknownText.problems().get(0).field());
    var alike =
        new PlanRowMatcher(
            List.of(
                new RecommendationChoice(201, 1, "Ensure that children are safe at home"),
                new RecommendationChoice(202, 2, "Ensure that children are safe at school")),
            SERVICE,
            List.of(SERVICE));
    ImportRow ambiguous =
        alike.match(row(null, "Ensure that children are safe", null, null, null, null));
    assertNull(ambiguous.recommendationId());
    assertTrue(ambiguous.problems().get(0).message().contains("more than one"));
    assertEquals(
        202L,
        alike
            .match(row(null, "Ensure that children are safe at school", null, null, null, null))
            .recommendationId());
    ImportRow nothing = match(null, null, "YJS");
    assertTrue(nothing.problems().get(0).message().contains("area for improvement"));
  }

  @Test
  void aRowMarkedAsAnAreaForImprovementNeedsNoRecommendation() {
    ImportRow byRef = match("AFI 2", "Improve the physical environment of the office", "YJS");
    assertNull(byRef.recommendationId());
    assertEquals("Improve the physical environment of the office", byRef.areaForImprovement());
    assertEquals(List.of(), byRef.problems());
    ImportRow byText = match(null, "Area for improvement: volunteers' training", "YJS");
    assertEquals("volunteers' training", byText.areaForImprovement());
    assertEquals(List.of(), byText.problems());
    ImportRow byColumn =
        matcher.match(row(null, null, "Reparation opportunities", "YJS", null, null));
    assertEquals("Reparation opportunities", byColumn.areaForImprovement());
    assertEquals(List.of(), byColumn.problems());
  }

  @Test
  void leadAgenciesMatchByNameOrByKindWords() {
    assertEquals(POLICE.id(), lead(null, null, "west midlands police").leadOrganisationId());
    assertEquals(POLICE.id(), lead(null, null, "Police").leadOrganisationId());
    assertEquals(POLICE.id(), lead(null, null, "WMP - West Midlands Police").leadOrganisationId());
    assertEquals(HEALTH.id(), lead(null, null, "NHS / CAMHS").leadOrganisationId());
    assertEquals(HEALTH.id(), lead(null, null, "ICB").leadOrganisationId());
    assertEquals(SCHOOLS.id(), lead(null, null, "Education").leadOrganisationId());
    assertEquals(SERVICE.id(), lead(null, null, "YOT").leadOrganisationId());
    assertEquals(SERVICE.id(), lead(null, null, "Youth Justice Service").leadOrganisationId());
    assertEquals(BOARD.id(), lead(null, null, "Board").leadOrganisationId());
    assertEquals(BOARD.id(), lead(null, null, "Youth Justice Board").leadOrganisationId());
    assertEquals(PCC.id(), lead(null, null, "Police and Crime Commissioner").leadOrganisationId());
    ImportRow named = lead(null, "Jane Smith", "Health");
    assertEquals("Jane Smith", named.leadPerson());
    assertEquals("Birmingham and Solihull ICB", named.leadOrganisationName());
  }

  @Test
  void aCombinedLeadCellIsSplitIntoPersonAndOrganisation() {
    ImportRow police = lead("Insp. Jane Smith, West Midlands Police", null, null);
    assertEquals(POLICE.id(), police.leadOrganisationId());
    assertEquals("Insp. Jane Smith", police.leadPerson());
    ImportRow health = lead("Head of Service (Health)", null, null);
    assertEquals(HEALTH.id(), health.leadOrganisationId());
    assertEquals("Head of Service", health.leadPerson());
    ImportRow service = lead("Jo Bloggs - YJS Manager", null, null);
    assertEquals(SERVICE.id(), service.leadOrganisationId());
    assertEquals("Jo Bloggs", service.leadPerson());
    ImportRow personOnly = lead("Jo Bloggs", null, null);
    assertEquals(SERVICE.id(), personOnly.leadOrganisationId(), "the service leads by default");
    assertEquals("Jo Bloggs", personOnly.leadPerson());
    ImportRow nobody = lead(null, null, null);
    assertEquals(SERVICE.id(), nobody.leadOrganisationId());
    assertEquals(List.of(), nobody.problems());
  }

  @Test
  void anUnknownOrAmbiguousLeadIsAProblem() {
    ImportRow unknown = lead(null, null, "Fire and Rescue");
    assertNull(unknown.leadOrganisationId());
    assertEquals("leadOrganisationId", unknown.problems().get(0).field());
    assertTrue(unknown.problems().get(0).message().contains("'Fire and Rescue'"));
    ImportRow unknownCombined = lead("A. Person, Fire and Rescue", null, null);
    assertEquals("leadOrganisationId", unknownCombined.problems().get(0).field());

    var twoForces =
        new PlanRowMatcher(
            RECOMMENDATIONS,
            SERVICE,
            List.of(
                SERVICE,
                POLICE,
                new OrganisationChoice(16, "Warwickshire Police", OrganisationKind.POLICE)));
    ImportRow either = twoForces.match(row("1", null, null, null, null, "Police"));
    assertNull(either.leadOrganisationId());
    assertTrue(either.problems().get(0).message().contains("Warwickshire Police"));
    assertEquals(
        16L,
        twoForces.match(row("1", null, null, null, null, "Warwickshire")).leadOrganisationId());
  }

  @Test
  void readProblemsAreKeptBesideMatchingOnes() {
    var read =
        new SheetRow(
            3,
            4,
            "9",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Nobody",
            null,
            null,
            null,
            null,
            List.of(new RowProblem("action", "The action is empty")));
    List<String> fields = matcher.match(read).problems().stream().map(RowProblem::field).toList();
    assertEquals(List.of("action", "recommendationId", "leadOrganisationId"), fields);
  }
}
