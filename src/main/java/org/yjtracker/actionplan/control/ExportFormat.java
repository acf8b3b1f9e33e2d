package org.yjtracker.actionplan.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The forms a plan is exported in, each with its media type, file extension and writer. */
public enum ExportFormat {
  CSV("text/csv; charset=UTF-8", "csv", PlanCsv::write),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx",
      PlanWorkbook::write),
  PDF("application/pdf", "pdf", BoardPaper::write);

  private final String mediaType;
  private final String extension;
  private final Function<PlanReport, byte[]> writer;

  ExportFormat(String mediaType, String extension, Function<PlanReport, byte[]> writer) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.writer = writer;
  }

  /** "csv", "XLSX", " pdf " are all understood; anything else is not a format. */
  public static Optional<ExportFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.name().equals(wanted)).findFirst();
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] write(PlanReport report) {
    return writer.apply(report);
  }

  /** "bexley-youth-justice-service-improvement-plan-2026-11-26.pdf": ASCII, no quoting trouble. */
  public String fileName(PlanReport report) {
    String service =
        report
            .service()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-|-$", "");
    return (service.isEmpty() ? "plan" : service)
        + "-improvement-plan-"
        + report.paperDate()
        + "."
        + extension;
  }
}
