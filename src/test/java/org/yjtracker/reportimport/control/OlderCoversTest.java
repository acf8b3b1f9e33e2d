package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Covers of 2018-2020 reports give the publication as a month alone on a line ("DECEMBER 2018") or
 * as "Dates of inspection fieldwork: September 2019 Date of publication: November 2019". The
 * Wolverhampton report, with its cover line rewritten in each way, gives the same month.
 */
class OlderCoversTest {

  static final String COVER = "HM Inspectorate of Probation, February 2022";

  private final ReportParser parser = new ReportParser();

  @Test
  void aMonthAloneOnTheCoverIsThePublicationMonth() {
    assertEquals("2022-02", published(withCover("FEBRUARY 2022")));
  }

  @Test
  void aDateOfPublicationLabelBesideTheFieldworkMonthIsRead() {
    assertEquals(
        "2022-02",
        published(
            withCover(
                "Dates of inspection fieldwork: November 2021 Date of publication: February 2022")));
  }

  @Test
  void theFieldworkMonthOfACoverIsReadWhenTheTextGivesNoDay() {
    String cover =
        "Dates of inspection fieldwork: November 2021 Date of publication: February 2022";
    // The report's own sentence giving the day fieldwork started is more exact, and wins.
    assertEquals("2021-10-25", fieldwork(withCover(cover)));
    String withoutDay =
        withCover(cover)
            .replace("inspection started on 25 October 2021", "inspection was in the autumn");
    assertEquals("2021-11", fieldwork(withoutDay));
    var input = DraftToInspection.of(parser.parse(withoutDay), 1L, java.util.Map.of());
    assertEquals("2021-11", input.fieldworkStart);
  }

  @Test
  void aDayOfPublicationWinsOverAMonthAloneOnTheCover() {
    assertEquals(
        "2022-02-14", published(withCover("FEBRUARY 2022\nDate of publication: 14 February 2022")));
  }

  @Test
  void theSampleReportStillHasItsOwnLine() {
    assertTrue(Reports.text("wolverhampton-2022").contains(COVER));
    assertEquals("2022-02", published(Reports.text("wolverhampton-2022")));
  }

  private static String withCover(String cover) {
    return Reports.text("wolverhampton-2022").replace(COVER, cover);
  }

  private String fieldwork(String text) {
    JsonObject draft = Reports.json(parser.parse(text));
    return draft.isNull("fieldwork_start") ? null : draft.getString("fieldwork_start");
  }

  private String published(String text) {
    JsonObject draft = Reports.json(parser.parse(text));
    return draft.isNull("published") ? null : draft.getString("published");
  }
}
