package org.yjtracker.reportimport.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a 2025 inspection as its report names it; the draft keeps the words of the title
 * ("work with children and victims", "youth justice services"). Reports of older frameworks have no
 * kind in this sense (null).
 */
public enum ReportKind {
  /** "An inspection of youth justice work with children and victims in ...": four rated areas. */
  CHILDREN_AND_VICTIMS("work with children and victims"),
  /** "An inspection of youth justice services in ...": the full inspection, seven rated areas. */
  YOUTH_JUSTICE_SERVICES("youth justice services");

  private final String words;

  ReportKind(String words) {
    this.words = words;
  }

  /** The value of the draft's "kind". */
  public String words() {
    return words;
  }

  /** The kind a draft's "kind" names (its words or the constant's name), if any. */
  public static Optional<ReportKind> of(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    for (ReportKind kind : values()) {
      if (kind.words.equals(v) || kind.name().toLowerCase(Locale.ROOT).equals(v)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
