package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.Rating;

/** The ratings table survives the ways text extraction mangles it. */
class RatingsNoiseTest {

  @Test
  void garbledHeaderCellsSpellingsAndLatexDebris() {
    ParsedReport report =
        Snippets.parse(
            """
            Ratings

            \tshire Youth Justice Service ork started March 2024\tScore\t20/36
            Overa\tall rating\tGood\t
            1.\tOrganisational delivery\t\t
            1.1\tGovernance and leadership\t<b>Requires Improvement</b>\t
            1.2\tStaff\tRequiring improvement\t
            1.3\tPartnerships and services\tGood\t$\\stackrel{\\wedge}{\\boxtimes}$
            1.4\tInformation and facilities\tOutstanding\t$\\overrightarrow{\\mathbf{X}}$
            2.2\tPlanning\tRequires\uFFFDimprovement\t
            3.4\tOut-of-court disposal policy and provis\tion Good\t
            """);
    assertEquals(20, report.score());
    assertEquals(Rating.GOOD, report.overall());
    assertEquals(
        Map.of(
            "1.1", Rating.REQUIRES_IMPROVEMENT,
            "1.2", Rating.REQUIRES_IMPROVEMENT,
            "1.3", Rating.GOOD,
            "1.4", Rating.OUTSTANDING,
            "2.2", Rating.REQUIRES_IMPROVEMENT,
            "3.4", Rating.GOOD),
        report.standards());
  }

  @Test
  void ratingsOnePerLineWithBlankLinesBetween() {
    ParsedReport report =
        Snippets.parse(
            """
            Ratings

            Testshire Youth Justice Service

            Score 9/36

            Overall rating

            Requires improvement



            1.1 Governance and leadership

            Requires improvement



            2.2 Planning

            Inadequate
            """);
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.overall());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.standards().get("1.1"));
    assertEquals(Rating.INADEQUATE, report.standards().get("2.2"));
    assertEquals(15, Snippets.bodyLine(report, "standards.1.1"));
  }

  @Test
  void aContentsListIsNotARatingsTable() {
    ParsedReport report =
        Snippets.parse(
            """
            Contents
            Ratings\t4
            1.1. Governance and leadership ..... 9
            1.2. Staff\t11
            Good practice examples\t12
            2.1. Assessment

            Good
            """);
    assertTrue(report.standards().isEmpty(), report.standards().toString());
    assertNull(report.score());
  }

  @Test
  void theTableWinsOverAContentsListThatLooksLikeIt() {
    ParsedReport report =
        Snippets.parse(
            """
            Contents
            1.1. Governance and leadership\t9
            Outstanding practice\t10

            Ratings
            Testshire Youth Justice Service\tScore\t19/36
            Overall rating\tGood
            1.1\tGovernance and leadership\tInadequate
            """);
    assertEquals(Rating.INADEQUATE, report.standards().get("1.1"));
    assertEquals(8, Snippets.bodyLine(report, "standards.1.1"));
  }

  @Test
  void strayPageHeadersFootersAndNumbersInsideTheTable() {
    ParsedReport report =
        Snippets.parse(
            """
            Ratings
            Testshire Youth Justice Service\tScore\t19/36
            Overall rating\tGood
            1.1\tGovernance and leadership

            4

            An inspection of youth justice services in Testshire

            Good
            1.2\tStaff\tOutstanding
            """);
    assertEquals(Rating.GOOD, report.standards().get("1.1"));
    assertEquals(Rating.OUTSTANDING, report.standards().get("1.2"));
  }

  @Test
  void theOverallRatingStatedInProseFillsAGap() {
    ParsedReport report =
        Snippets.parse("Overall, Testshire YJS was rated as \u2018Requires improvement\u2019.\n");
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.overall());
  }

  @Test
  void resettlementNotRatedIsReadFromProseWhenTheTableLeavesItOut() {
    ParsedReport report =
        Snippets.parse(
            """
            Ratings
            Testshire Youth Justice Service\tScore\t19/36
            Overall rating\tGood
            3.4\tOut-of-court disposal policy and provision\tGood

            We also inspected the quality of resettlement policy and provision, which was not rated as there were no resettlement cases.
            """);
    assertEquals(Rating.NOT_RATED, report.standards().get("4.1"));
  }

  @Test
  void aScoreThatDisagreesWithTheRatingsOrTheOverallBandIsFlaggedNotFixed() {
    StringBuilder table =
        new StringBuilder(
            "Ratings\nTestshire Youth Justice Service\tScore\t30/36\nOverall rating\tOutstanding\n");
    for (String code : StandardNames.CORE_2018) {
      table.append(code).append('\t').append(name(code)).append("\tGood\n");
    }
    ParsedReport report = Snippets.parse(table.toString());
    assertEquals(30, report.score());
    assertEquals(Rating.OUTSTANDING, report.overall());
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.message().contains("add up to 24")),
        report.warnings().toString());
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.message().contains("in the Good band")),
        report.warnings().toString());
  }

  private static String name(String code) {
    String word = StandardNames.FRAMEWORK_2018.get(code);
    return Character.toUpperCase(word.charAt(0)) + word.substring(1) + " and more";
  }
}
