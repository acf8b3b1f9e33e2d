package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.ProfessionalDiscretion;
import org.yjtracker.reportimport.entity.Rating;

/** R3: discretion is found in footnotes and prose, derived from the bands and cross-checked. */
class DiscretionTest {

  private static final String TABLE =
      """
      Ratings
      Testshire Youth Justice Service\tScore\t19/36
      Overall rating\tGood
      2.1\tAssessment\tGood
      2.2\tPlanning\tOutstanding
      2.3\tImplementation and delivery\tGood

      Domain two: Court disposals

      """;

  private static String section(String code, String name, int... percents) {
    return code
        + ". "
        + name
        + "\n\nOur rating for "
        + name.toLowerCase()
        + " is based on the following key questions:\n\n% 'Yes'\n"
        + "Does it support the child's desistance?\t"
        + percents[0]
        + "%\nDoes it keep the child safe?\t"
        + percents[1]
        + "%\nDoes it keep other people safe?\t"
        + percents[2]
        + "%\n\n";
  }

  @Test
  void discretionInAFootnoteIsTiedToTheStandardThatCitesIt() {
    ParsedReport report =
        Snippets.parse(
            TABLE
                + section("2.1", "Assessment", 90, 70, 60)
                    .replace("safe?\t60%", "safe? \u2076\t60%")
                + section("2.2", "Planning", 90, 85, 81)
                + "\u2076 Professional discretion was used to increase the rating for assessment"
                + " from Requires Improvement to Good following the consideration of all evidence.\n");
    assertEquals(
        List.of(new ProfessionalDiscretion("2.1", Rating.REQUIRES_IMPROVEMENT, Rating.GOOD)),
        report.professionalDiscretion());
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
  }

  @Test
  void discretionInProseWithinTheStandard() {
    ParsedReport report =
        Snippets.parse(
            TABLE
                + section("2.1", "Assessment", 90, 70, 64)
                + "Professional discretion was applied to this area of practice.\n");
    assertEquals(
        List.of(new ProfessionalDiscretion("2.1", Rating.REQUIRES_IMPROVEMENT, Rating.GOOD)),
        report.professionalDiscretion());
  }

  @Test
  void discretionInTheDomainIntroductionNamesItsStandards() {
    ParsedReport report =
        Snippets.parse(
            TABLE
                + "The ratings panel applied professional discretion in relation to the ratings"
                + " given to our standards for the quality of assessment and implementation."
                + " The panel reviewed planning.\n\n"
                + section("2.1", "Assessment", 90, 70, 64)
                + section("2.2", "Planning", 90, 85, 81)
                + section("2.3", "Implementation and delivery", 90, 85, 55));
    assertEquals(
        List.of(
            new ProfessionalDiscretion("2.1", Rating.REQUIRES_IMPROVEMENT, Rating.GOOD),
            new ProfessionalDiscretion("2.3", Rating.REQUIRES_IMPROVEMENT, Rating.GOOD)),
        report.professionalDiscretion());
  }

  @Test
  void aFootnoteThatDisagreesWithTheBandsIsKeptAsPublishedAndFlagged() {
    ParsedReport report =
        Snippets.parse(
            TABLE
                + section("2.1", "Assessment", 90, 70, 60)
                + "[7] Professional discretion was used to upgrade the rating for assessment from"
                + " Good to Outstanding.\n");
    assertEquals(
        List.of(new ProfessionalDiscretion("2.1", Rating.REQUIRES_IMPROVEMENT, Rating.GOOD)),
        report.professionalDiscretion());
    assertTrue(
        report.warnings().stream()
            .anyMatch(w -> w.message().contains("the text says discretion moved the rating")),
        report.warnings().toString());
  }

  @Test
  void aRatingOffItsBandWithNoDiscretionIsFlaggedNotFixed() {
    ParsedReport report = Snippets.parse(TABLE + section("2.2", "Planning", 90, 70, 60));
    assertTrue(report.professionalDiscretion().isEmpty());
    assertEquals(Rating.OUTSTANDING, report.standards().get("2.2"));
    assertTrue(
        report.warnings().stream().anyMatch(w -> w.message().contains("records no professional")),
        report.warnings().toString());
  }

  @Test
  void talkOfDiscretionInGeneralIsNotARecordOfIt() {
    ParsedReport report =
        Snippets.parse(
            TABLE
                + section("2.1", "Assessment", 90, 70, 70)
                + "The ratings panel may apply professional discretion in some cases.\n");
    assertTrue(report.professionalDiscretion().isEmpty());
  }
}
