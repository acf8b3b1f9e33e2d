package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.Framework;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.reportimport.entity.Rating;

/** R1: the framework decides what is read; screenings and 2025 reports read too. */
class FrameworksTest {

  private final ReportParser parser = new ReportParser();

  @Test
  void a2025ReportGivesServiceDatesOverallRatingAndRecommendations() {
    String text =
        new String(Reports.bytes("reports/synthetic/eastmoor-2025.txt"), StandardCharsets.UTF_8);
    ParsedReport report = parser.parse(text);
    assertEquals(Framework.HMIP_YJ_2025, report.framework());
    assertEquals("Eastmoor", report.localAuthority());
    assertEquals("Eastmoor Youth Justice Service", report.service());
    assertEquals("2025-09", report.published());
    assertEquals("2025-06-09", report.fieldworkStart());
    assertEquals(Rating.REQUIRES_IMPROVEMENT, report.overall());
    assertNull(report.score());
    assertEquals("work with children and victims", report.kind());
    assertEquals(
        java.util.Map.of(
            "2.1", Rating.GOOD,
            "2.2", Rating.REQUIRES_IMPROVEMENT,
            "2.3", Rating.GOOD,
            "V1", Rating.INADEQUATE),
        report.standards());
    assertEquals(List.of("2.1", "2.2", "2.3", "V1"), List.copyOf(report.standards().keySet()));
    assertEquals(
        List.of(OrganisationKind.YJS, OrganisationKind.YJS, OrganisationKind.MANAGEMENT_BOARD),
        report.recommendations().stream().map(r -> r.addressees().get(0)).toList());
    assertTrue(report.warnings().isEmpty(), report.warnings().toString());
    assertEquals("CHILDREN_AND_VICTIMS", DraftToInspection.of(report, 1, java.util.Map.of()).kind);
  }

  @Test
  void eachKindOfDraftRecordsItsKindOfInspection() {
    ParsedReport full =
        parser.parse(
            "An inspection of youth justice services in Testshire\nPublished: 3 March 2026\n"
                + "Foreword (Back to top)\nOverall, Testshire YJS was rated as 'Good'.\n");
    assertEquals("YOUTH_JUSTICE_SERVICES", DraftToInspection.of(full, 1, java.util.Map.of()).kind);
    ParsedReport older = parser.parse(Reports.text("bexley-2024"));
    assertEquals("STANDARD", DraftToInspection.of(older, 1, java.util.Map.of()).kind);
  }

  @Test
  void aScreeningTurnsItsAreasRequiringImprovementIntoRecommendations() {
    ParsedReport report =
        parser.parse(
            """
            Report of Short Quality Screening (SQS) of youth offending work in Testshire

            | <i>Publication date:</i> | 3rd March 2015 |

            This report outlines the findings of the recent SQS inspection, conducted from 2nd-4th February 2015. In order to do this, we examined 18 cases supervised by Testshire Youth Offending Service (YOS). HMI Probation thanks everyone. Progress was made since the last inspection in May 2012.

            Key strengths

            - The engagement of case managers with children and young people.
            - The consistent planning of work
              to reduce reoffending.

            Areas requiring improvement

            - Assessing the risk of harm to others.
            - Management oversight.

            We strongly recommend that you focus your post-inspection improvement work on these.
            """);
    assertEquals(Framework.HMIP_SQS_2012, report.framework());
    assertEquals("Testshire Youth Offending Service", report.service());
    assertEquals("2015-03-03", report.published());
    assertEquals("2015-02-02", report.fieldworkStart());
    assertEquals(18, report.casesInspected());
    assertEquals("2012-05", report.previousInspection());
    assertNull(report.score());
    assertTrue(report.standards().isEmpty());
    assertEquals(2, report.strengthsCount());
    assertEquals(
        "The consistent planning of work to reduce reoffending.",
        report.strengths().get("overall").get(1));
    assertEquals(
        List.of(
            new ParsedRecommendation(
                1,
                List.of(OrganisationKind.YJS),
                "Areas requiring improvement",
                "Assessing the risk of harm to others."),
            new ParsedRecommendation(
                2,
                List.of(OrganisationKind.YJS),
                "Areas requiring improvement",
                "Management oversight.")),
        report.recommendations());
  }

  @Test
  void strengthsAndAreasForImprovementAreKeyedByTheirSection() {
    ParsedReport report =
        Snippets.parse(
            """
            Domain one: Organisational delivery

            1.1. Governance and leadership

            Strengths:

            - The board is led well.

            - Partners are held to account, and
            their attendance is good.

            Areas for improvement:

            \u2022 The partnership needs to develop
              its work on diversity.
            - Volunteers need more say.

            The next paragraph is prose.
            """);
    assertEquals(
        List.of(
            "The board is led well.",
            "Partners are held to account, and their attendance is good."),
        report.strengths().get("1.1"));
    assertEquals(
        List.of(
            "The partnership needs to develop its work on diversity.", "Volunteers need more say."),
        report.areasForImprovement().get("1.1"));
    assertEquals(2, report.strengthsCount());
  }

  @Test
  void aJointInspectionNamesItsPartners() {
    ParsedReport report =
        parser.parse(
            """
            Joint inspection of youth justice services in

            Testshire

            HM Inspectorate of Probation, January 2023

            HM Inspectorate of Probation was joined by colleague inspectors from police, health and education. We would like to thank all.

            We took a detailed look at 22 community sentences and one custodial sentence managed by the YJS.
            We inspected 35 cases managed by the YJS that had received an out-of-court disposal.
            To illustrate that work, we inspected three cases managed by the YJS that had received a custodial sentence.
            Overall rating Good
            """);
    assertEquals("Testshire", report.localAuthority());
    assertEquals(Boolean.TRUE, report.jointInspection());
    assertEquals(List.of("police", "health", "education"), report.jointInspectorates());
    assertEquals(23, report.courtCases());
    assertEquals(35, report.outOfCourtCases());
    assertEquals(3, report.resettlementCases());
  }
}
