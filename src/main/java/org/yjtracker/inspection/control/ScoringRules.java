package org.yjtracker.inspection.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.RatingBand;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.Disagreement;
import org.yjtracker.inspection.entity.Disagreement.Kind;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.StandardResult;

/**
 * A framework's scoring rules, read from its data: key-question bands, a standard's rating from its
 * lowest key question, points per rating, the total score, overall bands and limiting judgements.
 * {@link #assess} checks an inspection as published against them.
 */
public final class ScoringRules {

  /** What the rules need to know of one standard of the framework. */
  public record StandardRule(
      String code,
      String name,
      int keyQuestions,
      boolean scored,
      boolean mayBeUnrated,
      Rating limitWhen,
      Rating limitCapsAt) {}

  /** An inspection's figures as published; standards keyed by code. */
  public record Facts(
      Integer publishedScore, Rating publishedOverall, Map<String, StandardFacts> standards) {}

  /** One standard as published: its rating, its key questions' % Yes, any discretion's "from". */
  public record StandardFacts(Rating published, List<Integer> percentYes, Rating discretionFrom) {

    public StandardFacts {
      percentYes = percentYes == null ? List.of() : List.copyOf(percentYes);
    }
  }

  private final boolean rated;
  private final List<RatingBand> bands;
  private final List<StandardRule> standards;

  public ScoringRules(boolean rated, List<RatingBand> bands, List<StandardRule> standards) {
    this.rated = rated;
    this.bands = bands.stream().sorted(Comparator.comparing(RatingBand::getRating)).toList();
    this.standards = List.copyOf(standards);
  }

  public static ScoringRules of(Framework framework) {
    return new ScoringRules(
        framework.isRated(),
        framework.getBands(),
        framework.standards().stream().map(ScoringRules::rule).toList());
  }

  /** The rules for an inspection of the kind: only the standards that kind rates are expected. */
  public static ScoringRules of(Framework framework, String kind) {
    return new ScoringRules(
        framework.isRated(),
        framework.getBands(),
        framework.standardsRatedIn(kind).stream().map(ScoringRules::rule).toList());
  }

  /**
   * Whether key questions' percentages lead to a rating here. Where no thresholds are published
   * (the 2025 framework), key questions are recorded as given and none is required.
   */
  public boolean bandsPercentages() {
    return RatingBand.rateKeyQuestions(bands);
  }

  private static StandardRule rule(Standard s) {
    return new StandardRule(
        s.getCode(),
        s.getName(),
        s.getKeyQuestions().size(),
        s.isScored(),
        s.isMayBeUnrated(),
        s.getLimitWhen(),
        s.getLimitCapsAt());
  }

  /** The band of a key question's % Yes, if the framework bands percentages. */
  public Optional<Rating> bandOf(int percentYes) {
    return bands.stream()
        .filter(b -> b.getMinPercent() != null && percentYes >= b.getMinPercent())
        .map(RatingBand::getRating)
        .findFirst();
  }

  /** A case-sampled standard's rating: the band of its lowest key question. */
  public Optional<Rating> ratingFromKeyQuestions(List<Integer> percentYes) {
    return percentYes.stream()
        .filter(Objects::nonNull)
        .min(Integer::compare)
        .flatMap(lowest -> lowest < 0 || lowest > 100 ? Optional.empty() : bandOf(lowest));
  }

  public Optional<Integer> pointsFor(Rating rating) {
    return bands.stream()
        .filter(b -> b.getRating() == rating)
        .map(RatingBand::getPoints)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** The total over the scored standards; empty while any of them is unrated or unscorable. */
  public Optional<Integer> score(Map<String, Rating> ratings) {
    int total = 0;
    boolean any = false;
    for (StandardRule standard : standards) {
      if (!standard.scored()) {
        continue;
      }
      Rating rating = ratings.get(standard.code());
      Optional<Integer> points = rating == null ? Optional.empty() : pointsFor(rating);
      if (points.isEmpty()) {
        return Optional.empty();
      }
      total += points.get();
      any = true;
    }
    return any ? Optional.of(total) : Optional.empty();
  }

  public Optional<Integer> maxScore() {
    long scored = standards.stream().filter(StandardRule::scored).count();
    return pointsFor(Rating.OUTSTANDING)
        .filter(p -> scored > 0)
        .map(points -> (int) (points * scored));
  }

  /** The overall band a total score falls in, before any limiting judgement. */
  public Optional<Rating> bandOfScore(int score) {
    return bands.stream()
        .filter(b -> b.getMinScore() != null && score >= b.getMinScore())
        .map(RatingBand::getRating)
        .findFirst();
  }

  /** The best overall rating the limiting standards allow, if any of them limits it. */
  public Optional<Rating> limit(Map<String, Rating> ratings) {
    return standards.stream()
        .filter(s -> s.limitWhen() != null && ratings.get(s.code()) == s.limitWhen())
        .map(StandardRule::limitCapsAt)
        .max(Comparator.naturalOrder());
  }

  /** The overall rating a score earns, no better than the limiting judgements allow. */
  public Optional<Rating> overall(int score, Map<String, Rating> ratings) {
    Optional<Rating> cap = limit(ratings);
    return bandOfScore(score).map(band -> cap.filter(c -> band.isBetterThan(c)).orElse(band));
  }

  /** Checks a recorded inspection; the framework's rules are this object's. */
  public Assessment assess(Inspection inspection) {
    var standardFacts = new LinkedHashMap<String, StandardFacts>();
    for (StandardResult result : inspection.getStandards()) {
      standardFacts.put(
          result.code(),
          new StandardFacts(
              result.getPublishedRating(), result.percentYes(), result.getDiscretionFrom()));
    }
    return assess(
        new Facts(inspection.getPublishedScore(), inspection.getPublishedOverall(), standardFacts));
  }

  /** Every way the figures as published disagree with the rules, with what the rules derive. */
  public Assessment assess(Facts facts) {
    var disagreements = new ArrayList<Disagreement>();
    var derived = new LinkedHashMap<String, Rating>();
    var published = new LinkedHashMap<String, Rating>();
    facts.standards().forEach((code, f) -> published.put(code, f.published()));
    for (String code : facts.standards().keySet()) {
      if (standards.stream().noneMatch(s -> s.code().equals(code))) {
        disagreements.add(
            new Disagreement(
                Kind.UNKNOWN_STANDARD,
                code,
                field(code, "code"),
                "The framework has no standard " + code));
      }
    }
    for (StandardRule standard : standards) {
      StandardFacts given = facts.standards().get(standard.code());
      new StandardCheck(this, standard, given, disagreements).run(derived);
    }
    Integer score = score(published).orElse(null);
    Rating overall = null;
    if (rated) {
      overall = checkScoreAndOverall(facts, published, score, disagreements);
    }
    return new Assessment(derived, score, maxScore().orElse(null), overall, disagreements);
  }

  private Rating checkScoreAndOverall(
      Facts facts, Map<String, Rating> published, Integer score, List<Disagreement> out) {
    Optional<Integer> max = maxScore();
    Integer stated = facts.publishedScore();
    if (max.isPresent()) {
      if (stated == null) {
        out.add(
            new Disagreement(
                Kind.MISSING_SCORE, null, "publishedScore", "No published score is recorded"));
      } else if (stated < 0 || stated > max.get()) {
        out.add(
            new Disagreement(
                Kind.SCORE_OUT_OF_RANGE,
                null,
                "publishedScore",
                "The published score " + stated + " is outside 0 to " + max.get()));
      } else if (score != null && !score.equals(stated)) {
        out.add(
            new Disagreement(
                Kind.SCORE_DIFFERS,
                null,
                "publishedScore",
                "The published score is "
                    + stated
                    + " but the published ratings add up to "
                    + score));
      }
    }
    boolean statedInRange = stated != null && max.isPresent() && stated >= 0 && stated <= max.get();
    Integer basis = statedInRange ? stated : score;
    Rating expected = basis == null ? null : overall(basis, published).orElse(null);
    Rating given = facts.publishedOverall();
    if (given == null) {
      out.add(
          new Disagreement(
              Kind.MISSING_OVERALL, null, "publishedOverall", "No overall rating is recorded"));
    } else if (expected != null && given != expected) {
      Optional<Rating> cap = limit(published);
      if (cap.isPresent() && given.isBetterThan(cap.get())) {
        out.add(
            new Disagreement(
                Kind.LIMITING_JUDGEMENT,
                null,
                "publishedOverall",
                limitingStandards(published)
                    + ", so the overall rating can be no better than "
                    + cap.get().label()
                    + ", but "
                    + given.label()
                    + " is published"));
      } else {
        out.add(
            new Disagreement(
                Kind.OVERALL_DIFFERS,
                null,
                "publishedOverall",
                "A score of "
                    + basis
                    + " is "
                    + expected.label()
                    + " overall, but "
                    + given.label()
                    + " is published"));
      }
    }
    return score == null ? null : overall(score, published).orElse(null);
  }

  private String limitingStandards(Map<String, Rating> ratings) {
    return standards.stream()
        .filter(s -> s.limitWhen() != null && ratings.get(s.code()) == s.limitWhen())
        .map(s -> s.name() + " (" + s.code() + ") is rated " + s.limitWhen().label())
        .reduce((a, b) -> a + " and " + b)
        .orElse("");
  }

  static String field(String code, String part) {
    return "standards." + code + "." + part;
  }
}
