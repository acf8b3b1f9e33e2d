package org.yjtracker.reportimport.control;

import org.yjtracker.reportimport.entity.ParsedReport;

/** Small synthetic reports: just enough of a title for the parser to accept a snippet. */
final class Snippets {

  static final String TITLE =
      "An inspection of youth justice services in Testshire\n"
          + "HM Inspectorate of Probation, March 2024\n\n";

  private Snippets() {}

  static ParsedReport parse(String body) {
    return new ReportParser().parse(TITLE + body);
  }

  /** The 1-based line of {@code body} (as embedded in the snippet) that a field cites. */
  static int bodyLine(ParsedReport report, String path) {
    return report.sourceLines().get(path) - TITLE.split("\n", -1).length + 1;
  }
}
