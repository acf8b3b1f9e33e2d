package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.Rating;

/**
 * R1: the openings of 2025 report pages (title, "Published:", "Foreword (Back to top)", the
 * foreword's overall rating), of both kinds, with and without the inspectorate's name, a date, the
 * licence line, curly quotes; each gives framework, kind, service and overall rating, and nothing
 * it does not show.
 */
class Openings2025Test {

  static final String CV = "work with children and victims";
  static final String YJS = "youth justice services";
  private static final String LICENCE =
      "All content is available under the Open Government Licence v3.0, except where otherwise"
          + " stated.";

  private final ReportParser parser = new ReportParser();

  static Stream<Arguments> openings() {
    return Stream.of(
        Arguments.of(
            "Hounslow: licence line, empty Published, curly quotes",
            LICENCE
                + "\n\nAn inspection of youth justice work with children and victims in"
                + " Hounslow\n\nPublished:\n\nForeword (Back to top)\n\nThis inspection is part of"
                + " our programme of inspections across youth justice services (YJS) in England"
                + " and Wales.1 In this inspection, we have inspected and rated work with children"
                + " and victims in Hounslow YJS across two broad areas.\n\nOverall, Hounslow YJS"
                + " was rated as \u2018Requires improvement\u2019.\n",
            CV,
            "Hounslow YJS",
            Rating.REQUIRES_IMPROVEMENT,
            null),
        Arguments.of(
            "Lambeth: skip link, a date, straight quotes",
            "Skip to content\nAn inspection of youth justice work with children and victims in"
                + " Lambeth\nPublished: 13 January 2026\nForeword (Back to top)\nIn this"
                + " inspection, we have inspected and rated work with children and victims in"
                + " Lambeth YJS across two broad areas: the quality of work done with children"
                + " working with the YJS and the quality of work done with victims.\nOverall,"
                + " Lambeth YJS was rated as 'Good'.\nBack to top\n",
            CV,
            "Lambeth YJS",
            Rating.GOOD,
            "2026-01-13"),
        Arguments.of(
            "Camden: cookie banner, the date below its label",
            "Cookies on HM Inspectorate of Probation\nWe use some essential cookies to make this"
                + " website work.\nAccept additional cookies\nReject additional cookies\nView"
                + " cookies\n\nAn inspection of youth justice work with children and victims in"
                + " Camden\n\nPublished:\n\n20 January 2026\n\nForeword (Back to top)\n\nOverall,"
                + " Camden YJS was rated as \u2018Outstanding\u2019.\n",
            CV,
            "Camden YJS",
            Rating.OUTSTANDING,
            "2026-01-20"),
        Arguments.of(
            "Darlington: the service's own name",
            "An inspection of youth justice work with children and victims in Darlington\n\n"
                + "Published: 2 December 2025\n\nForeword (Back to top)\n\nIn this inspection, we"
                + " have inspected and rated work with children and victims in Darlington Young"
                + " People\u2019s Engagement and Justice Service (YPE&JS) across two broad"
                + " areas.\n\nOverall, Darlington YPE&JS was rated as \u2018Good\u2019.\n",
            CV,
            "Darlington Young People's Engagement and Justice Service",
            Rating.GOOD,
            "2025-12-02"),
        Arguments.of(
            "Leicester: the city's service, no date",
            LICENCE
                + "\nAn inspection of youth justice work with children and victims in"
                + " Leicester\nPublished:\nForeword (Back to top)\nWe have inspected and rated"
                + " work with children and victims in Leicester City Children and Young People's"
                + " Justice Service (CYPJS).\nOverall, Leicester City CYPJS was rated as 'Requires"
                + " improvement'.\n",
            CV,
            "Leicester City Children and Young People's Justice Service",
            Rating.REQUIRES_IMPROVEMENT,
            null),
        Arguments.of(
            "South Tees: the full kind, licence line, curly quotes",
            LICENCE
                + "\n\nAn inspection of youth justice services in South Tees\n\nPublished:\n\n"
                + "Foreword (Back to top)\n\nThis inspection is part of our programme of"
                + " inspections across youth justice services (YJS) in England and Wales. We have"
                + " inspected and rated South Tees YJS across three broad areas: the arrangements"
                + " for organisational delivery of the service, the quality of work done with"
                + " children working with the YJS and the quality of work done with"
                + " victims.\n\nOverall, South Tees YJS was rated as \u2018Good\u2019.\n",
            YJS,
            "South Tees YJS",
            Rating.GOOD,
            null),
        Arguments.of(
            "Testshire: the full kind, only title, date and foreword",
            "An inspection of youth justice services in Testshire\nPublished: 3 March 2026\n"
                + "Foreword (Back to top)\nOverall, Testshire YJS was rated as 'Inadequate'.\n",
            YJS,
            "Testshire YJS",
            Rating.INADEQUATE,
            "2026-03-03"),
        Arguments.of(
            "Eastshire: the full kind, an empty Published and no link",
            "An inspection of youth justice services in Eastshire\n\nPublished:\n\nForeword\n\n"
                + "Overall, Eastshire YJS was rated as \u2018Requires improvement\u2019.\n",
            YJS,
            "Eastshire YJS",
            Rating.REQUIRES_IMPROVEMENT,
            null),
        Arguments.of(
            "Barnsley: the full kind, skip link, licence, the service's full name",
            "Skip to main content\nAn inspection of youth justice services in Barnsley\n"
                + "Published: 18 November 2025\nForeword (Back to top)\nWe have inspected and"
                + " rated Barnsley Youth Justice Service across three broad areas, including the"
                + " quality of work done with victims.\nOverall, Barnsley YJS was rated as"
                + " 'Good'.\n"
                + LICENCE
                + "\n",
            YJS,
            "Barnsley Youth Justice Service",
            Rating.GOOD,
            "2025-11-18"),
        Arguments.of(
            "Darlington: the full kind and the service's own name",
            "An inspection of youth justice services in Darlington\n\nPublished:\n\n"
                + "Foreword (Back to top)\n\nWe have rated Darlington Young People's Engagement"
                + " and Justice Service (YPE&JS) across three broad areas.\n\nOverall, Darlington"
                + " YPE&JS was rated as \u2018Outstanding\u2019.\n",
            YJS,
            "Darlington Young People's Engagement and Justice Service",
            Rating.OUTSTANDING,
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("openings")
  void anOpeningGivesFrameworkKindServiceAndOverall(
      String name, String text, String kind, String service, Rating overall, String published) {
    ParsedReport report = parser.parse(text);
    assertEquals(Framework.HMIP_YJ_2025, report.framework(), name);
    assertEquals(kind, report.kind(), name);
    assertEquals(service, report.service(), name);
    assertEquals(overall, report.overall(), name);
    assertEquals(published, report.published(), name);
    assertTrue(report.standards().isEmpty(), name + ": " + report.standards());
    assertTrue(report.recommendations().isEmpty(), name + ": " + report.recommendations());
    assertNull(report.score(), name);
    boolean warned =
        report.warnings().stream().anyMatch(w -> w.message().contains("'Published:' line"));
    assertEquals(published == null, warned, name + ": " + report.warnings());
  }

  @Test
  void theRatedAreasComeFromTheTableOrFromSentences() {
    ParsedReport report =
        parser.parse(
            """
            An inspection of youth justice work with children and victims in Testshire

            Published: 13 January 2026

            Foreword (Back to top)

            Overall, Testshire YJS was rated as 'Good'. Work with victims was rated as \u2018Requires improvement\u2019.

            Ratings (Back to top)

            Overall rating\tGood
            Work with children
            Assessing\tGood
            Planning\tOutstanding
            Implementation and delivery
            Outstanding

            Recommendations (Back to top)

            The YJS should:

            1. improve the quality of assessing activity to keep the child safe

            The management board should:

            2. make sure that victims are offered a service
            3. review its oversight of the YJS
            """);
    assertEquals(
        Map.of(
            "2.1", Rating.GOOD,
            "2.2", Rating.OUTSTANDING,
            "2.3", Rating.OUTSTANDING,
            "V1", Rating.REQUIRES_IMPROVEMENT),
        report.standards());
    assertEquals(Rating.GOOD, report.overall());
    assertEquals("2026-01-13", report.published());
    assertEquals(
        List.of(
            List.of(OrganisationKind.YJS),
            List.of(OrganisationKind.MANAGEMENT_BOARD),
            List.of(OrganisationKind.MANAGEMENT_BOARD)),
        report.recommendations().stream().map(r -> r.addressees()).toList());
    assertEquals("The management board should:", report.recommendations().get(2).heading());
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
  }

  @Test
  void aPdfOfThePagesOpeningParses() {
    String opening = Reports.text("hounslow-2026");
    String text = new PdfText().extract(new PdfFixture().pdfOf(opening));
    ParsedReport report = parser.parse(text);
    assertEquals(Framework.HMIP_YJ_2025, report.framework());
    assertEquals(CV, report.kind());
    assertEquals("Hounslow YJS", report.service());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.overall());
    assertNull(report.published());
    assertTrue(report.standards().isEmpty(), report.standards().toString());
  }

  @Test
  void anOlderFullInspectionStaysUnderThe2018Framework() {
    ParsedReport report =
        parser.parse(
            """
            An inspection of youth justice services in Testshire

            Published: 3 March 2024

            Overall, Testshire YJS was rated as 'Good'.

            Domain two: Court disposals
            """);
    assertEquals(Framework.HMIP_YJ_2018, report.framework());
    assertNull(report.kind());
  }
}
