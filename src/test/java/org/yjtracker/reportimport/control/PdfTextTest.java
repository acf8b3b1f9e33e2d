package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;

/** R5: a report printed to PDF reads back, through PDFBox and the parser, to the same values. */
class PdfTextTest {

  private final PdfText pdfText = new PdfText();
  private final ReportParser parser = new ReportParser();

  static List<String> reports() {
    return Reports.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void aReportPrintedToPdfParsesToTheSameValues(String name) {
    String text = Reports.text(name);
    String extracted = pdfText.extract(new PdfFixture().pdfOf(text));

    ParsedReport fromPdf = parser.parse(extracted);
    ParsedReport fromText = parser.parse(text);

    List<String> differences =
        ReportParserTest.ExpectedReport.differences(Reports.expected(name), Reports.json(fromPdf));
    assertTrue(differences.isEmpty(), name + ":\n" + String.join("\n", differences));
    assertEquals(texts(fromText.recommendations()), texts(fromPdf.recommendations()));
    assertEquals(fromText.keyQuestionsPercentYes(), fromPdf.keyQuestionsPercentYes());
    assertEquals(fromText.professionalDiscretion(), fromPdf.professionalDiscretion());
  }

  @Test
  void bytesThatAreNotAPdfAreRefusedWithAMessage() {
    var error =
        assertThrows(
            NotAReportException.class,
            () -> pdfText.extract("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals("This file is not a PDF", error.getMessage());
    assertThrows(NotAReportException.class, () -> pdfText.extract(new byte[0]));
  }

  @Test
  void aBrokenPdfIsRefusedWithAMessage() {
    byte[] broken =
        "%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    var error = assertThrows(NotAReportException.class, () -> pdfText.extract(broken));
    assertTrue(error.getMessage().startsWith("The PDF could not be read"), error.getMessage());
  }

  private static List<String> texts(List<ParsedRecommendation> recommendations) {
    return recommendations.stream().map(ParsedRecommendation::text).toList();
  }
}
