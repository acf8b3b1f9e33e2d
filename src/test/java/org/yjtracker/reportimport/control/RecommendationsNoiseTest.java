package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;

/** Numbered recommendations under their headings, whatever extraction did to them. */
class RecommendationsNoiseTest {

  private static List<ParsedRecommendation> read(String list) {
    return report(list).recommendations();
  }

  private static ParsedReport report(String list) {
    return Snippets.parse(
        "Recommendations\n\nAs a result of our inspection findings, we have made three"
            + " recommendations.\n\n"
            + list
            + "\nBackground\n\nWe conducted fieldwork in Testshire YJS.\n");
  }

  @Test
  void aRecommendationThatLostItsNumberIsNumberedFromItsNeighboursWithAWarning() {
    ParsedReport report =
        report(
            """
            The YOT management board should:

            - make sure that all YOT children with SEND have access to education
            - 2. ensure that staff are appropriately trained.

            The YOT service manager should:

            3. improve the quality of contingency planning.
            """);
    assertEquals(List.of(1, 2, 3), numbers(report.recommendations()));
    assertTrue(report.recommendations().get(0).text().startsWith("make sure"));
    assertTrue(report.warnings().stream().anyMatch(w -> w.message().contains("no number")));
  }

  @Test
  void itemsWrapOverLinesAndPageBreaks() {
    List<ParsedRecommendation> recommendations =
        read(
            """
            The Testshire Youth Justice Service should:

            1. improve the quality of assessment and planning work to keep children safe
            and manage the risk of harm they present to others,

            7

            An inspection of youth justice services in Testshire

            including victims
            2. ensure that management oversight is consistent.
            """);
    assertEquals(
        "improve the quality of assessment and planning work to keep children safe and manage the"
            + " risk of harm they present to others, including victims",
        recommendations.get(0).text());
    assertEquals(2, recommendations.size());
  }

  @Test
  void footnoteMarkersAndFootnotesStayOutOfTheText() {
    List<ParsedRecommendation> recommendations =
        read(
            """
            The Metropolitan Police should:

            1. review the use of Outcome 22\u00B9 or other deferred prosecution options[2] as a priority.

            \u00B9Outcome 22 is a deferred prosecution.
            """);
    assertEquals(
        "review the use of Outcome 22 or other deferred prosecution options as a priority.",
        recommendations.get(0).text());
    assertEquals(List.of(OrganisationKind.POLICE), recommendations.get(0).addressees());
  }

  @Test
  void aHeadingWithoutShouldAndAHeadingNamingTwoBodies() {
    List<ParsedRecommendation> recommendations =
        read(
            """
            Testshire police:

            1. implement an effective flagging system.

            The Testshire YJS board and the office for the police and crime commissioner should:

            2. review the funding arrangements.
            """);
    assertEquals("Testshire police:", recommendations.get(0).heading());
    assertEquals(List.of(OrganisationKind.POLICE), recommendations.get(0).addressees());
    assertEquals(
        List.of(OrganisationKind.MANAGEMENT_BOARD, OrganisationKind.PCC),
        recommendations.get(1).addressees());
  }

  @Test
  void aHeadingWrappedOverTwoLines() {
    List<ParsedRecommendation> recommendations =
        read(
            """
            The Testshire Youth Justice Service should:
            1. improve planning.
            The Testshire YJS board and the office for the police and crime
            commissioner should:
            2. review the funding arrangements.
            """);
    assertEquals("improve planning.", recommendations.get(0).text());
    assertEquals(
        "The Testshire YJS board and the office for the police and crime commissioner should:",
        recommendations.get(1).heading());
    assertEquals(
        List.of(OrganisationKind.MANAGEMENT_BOARD, OrganisationKind.PCC),
        recommendations.get(1).addressees());
  }

  @Test
  void aNumberStandingAloneTakesTheTextAfterIt() {
    List<ParsedRecommendation> recommendations =
        read(
            """
            The Testshire Youth Justice Service should:
            1.
            improve planning.
            2.
            review the funding arrangements.
            """);
    assertEquals(
        List.of("improve planning.", "review the funding arrangements."), texts(recommendations));
  }

  @Test
  void curlyQuotesAndMojibakeInTheText() {
    List<ParsedRecommendation> recommendations =
        read(
            """
            The Testshire Youth Justice Service should:
            1. improve childrenâ€™s \u2018voice\u2019 in planning.
            """);
    assertEquals("improve children's 'voice' in planning.", recommendations.get(0).text());
  }

  @Test
  void aCountThatDisagreesWithTheAnnouncedNumberIsFlagged() {
    ParsedReport report =
        report(
            """
            The Testshire Youth Justice Service should:
            1. improve planning.
            """);
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.message().contains("makes 3 recommendations")),
        report.warnings().toString());
  }

  private static List<Integer> numbers(List<ParsedRecommendation> recommendations) {
    return recommendations.stream().map(ParsedRecommendation::number).toList();
  }

  private static List<String> texts(List<ParsedRecommendation> recommendations) {
    return recommendations.stream().map(ParsedRecommendation::text).toList();
  }
}
