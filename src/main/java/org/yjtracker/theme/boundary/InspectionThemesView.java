package org.yjtracker.theme.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The recommendations of one inspection with their confirmed themes and the themes their words
 * suggest (with the phrases that suggest them), and the themes an inspector may choose from.
 */
public record InspectionThemesView(
    long inspectionId,
    long serviceId,
    String serviceName,
    String published,
    List<ThemeRef> available,
    List<RecommendationThemes> recommendations) {

  public record ThemeRef(long id, String code, String name, boolean retired) {}

  public record Confirmed(
      long id,
      String code,
      String name,
      boolean retired,
      String confirmedBy,
      Instant confirmedAt) {}

  public record Suggested(long id, String code, String name, List<String> matched) {}

  public record RecommendationThemes(
      long id,
      int number,
      String heading,
      String text,
      List<Confirmed> confirmed,
      List<Suggested> suggested) {}
}
