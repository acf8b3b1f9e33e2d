package org.yjtracker.framework.boundary;

import java.util.List;
import org.yjtracker.framework.entity.Domain;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.FrameworkKind;
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
    boolean keyQuestionsRate,
    List<BandView> bands,
    List<KindView> kinds,
    List<DomainView> domains,
    long version) {

  /**
   * A kind of inspection under the framework: how many areas the inspectorate says it rates (null
   * where it does not say) and the codes of the standards the framework knows it to rate.
   */
  public record KindView(String kind, String label, Integer ratedAreas, List<String> standards) {

    /** The kind rates more areas than the framework knows yet: those are still to be added. */
    public int unknownAreas() {
      return FrameworkKind.unknownAreas(ratedAreas, standards.size());
    }
  }

  public record BandView(Rating rating, Integer points, Integer minPercent, Integer minScore) {}

  /** A domain; {@code ratedIn} lists the kinds that rate it, empty when every kind does. */
  public record DomainView(
      String code, String name, List<String> ratedIn, List<StandardView> standards) {}

  public record StandardView(
      String code,
      String name,
      boolean caseSampled,
      boolean scored,
      boolean mayBeUnrated,
      Rating limitWhen,
      Rating limitCapsAt,
      List<String> keyQuestions) {}

  /** The kind's entry, if the framework has such a kind. */
  public java.util.Optional<KindView> kind(String kind) {
    return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst();
  }

  /** The standards an inspection of the kind rates, or every standard when no kind is given. */
  public List<StandardView> standardsOf(String kind) {
    return domains.stream()
        .filter(d -> kind == null || d.ratedIn().isEmpty() || d.ratedIn().contains(kind))
        .flatMap(d -> d.standards().stream())
        .toList();
  }

  /**
   * This framework as an inspection of the kind sees it: only the domains that kind rates. A kind
   * the framework does not have (or none) leaves every domain in.
   */
  public FrameworkView forKind(String kind) {
    if (kind == null || kind(kind).isEmpty()) {
      return this;
    }
    return new FrameworkView(
        code,
        name,
        appliesFrom,
        appliesUntil,
        rated,
        scored,
        keyQuestionsRate,
        bands,
        kinds,
        domains.stream().filter(d -> d.ratedIn().isEmpty() || d.ratedIn().contains(kind)).toList(),
        version);
  }

  static FrameworkView of(Framework f, InspectionKinds labels) {
    return new FrameworkView(
        f.getCode(),
        f.getName(),
        f.getAppliesFrom(),
        f.getAppliesUntil(),
        f.isRated(),
        f.isScored(),
        RatingBand.rateKeyQuestions(f.getBands()),
        f.getBands().stream().map(FrameworkView::band).toList(),
        f.getKinds().stream().map(k -> kind(f, k, labels)).toList(),
        f.getDomains().stream().map(FrameworkView::domain).toList(),
        f.getVersion());
  }

  private static BandView band(RatingBand b) {
    return new BandView(b.getRating(), b.getPoints(), b.getMinPercent(), b.getMinScore());
  }

  private static KindView kind(Framework f, FrameworkKind k, InspectionKinds labels) {
    return new KindView(
        k.getKind(),
        labels.label(k.getKind()).orElse(k.getKind()),
        k.getRatedAreas(),
        f.standardsRatedIn(k.getKind()).stream().map(Standard::getCode).toList());
  }

  private static DomainView domain(Domain d) {
    return new DomainView(
        d.getCode(),
        d.getName(),
        d.getRatedIn().stream().sorted().toList(),
        d.getStandards().stream().map(FrameworkView::standard).toList());
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
