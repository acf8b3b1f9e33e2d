package org.yjtracker.framework.boundary;

import java.util.List;
import org.yjtracker.framework.entity.Domain;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.KeyQuestion;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.RatingBand;
import org.yjtracker.framework.entity.Standard;

/** A framework with everything an inspection form needs to know of it. */
public record FrameworkView(
    String code,
    String name,
    int appliesFrom,
    Integer appliesUntil,
    boolean rated,
    boolean scored,
    List<BandView> bands,
    List<DomainView> domains,
    long version) {

  public record BandView(Rating rating, Integer points, Integer minPercent, Integer minScore) {}

  public record DomainView(String code, String name, List<StandardView> standards) {}

  public record StandardView(
      String code,
      String name,
      boolean caseSampled,
      boolean scored,
      boolean mayBeUnrated,
      Rating limitWhen,
      Rating limitCapsAt,
      List<String> keyQuestions) {}

  static FrameworkView of(Framework f) {
    return new FrameworkView(
        f.getCode(),
        f.getName(),
        f.getAppliesFrom(),
        f.getAppliesUntil(),
        f.isRated(),
        f.isScored(),
        f.getBands().stream().map(FrameworkView::band).toList(),
        f.getDomains().stream().map(FrameworkView::domain).toList(),
        f.getVersion());
  }

  private static BandView band(RatingBand b) {
    return new BandView(b.getRating(), b.getPoints(), b.getMinPercent(), b.getMinScore());
  }

  private static DomainView domain(Domain d) {
    return new DomainView(
        d.getCode(), d.getName(), d.getStandards().stream().map(FrameworkView::standard).toList());
  }

  private static StandardView standard(Standard s) {
    return new StandardView(
        s.getCode(),
        s.getName(),
        s.isCaseSampled(),
        s.isScored(),
        s.isMayBeUnrated(),
        s.getLimitWhen(),
        s.getLimitCapsAt(),
        s.getKeyQuestions().stream().map(KeyQuestion::getText).toList());
  }
}
