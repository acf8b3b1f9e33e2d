package org.yjtracker.theme.boundary;

import java.util.List;
import org.yjtracker.theme.entity.Theme;

/** A theme with its keywords and how many recommendations (the caller may see) confirm it. */
public record ThemeView(
    long id,
    String code,
    String name,
    String description,
    List<String> keywords,
    boolean retired,
    long version,
    long confirmedRecommendations) {

  static ThemeView of(Theme t, long confirmed) {
    return new ThemeView(
        t.getId(),
        t.getCode(),
        t.getName(),
        t.getDescription(),
        t.getKeywords().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
        t.isRetired(),
        t.getVersion(),
        confirmed);
  }
}
