package org.yjtracker.framework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One rating of a framework's scale with the numbers that lead to it: the lowest key-question
 * percentage in the band, the points a standard in the band scores, and the lowest total score that
 * earns it overall. A framework without scoring rules leaves the numbers empty.
 */
@Embeddable
public class RatingBand {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Rating rating;

  private Integer points;

  @Column(name = "min_percent")
  private Integer minPercent;

  @Column(name = "min_score")
  private Integer minScore;

  protected RatingBand() {}

  /**
   * Whether a scale turns key questions' % Yes into a rating: only where some band has a threshold.
   * The 2025 framework publishes none, so its key questions give no rating.
   */
  public static boolean rateKeyQuestions(java.util.Collection<RatingBand> bands) {
    return bands.stream().anyMatch(b -> b.getMinPercent() != null);
  }

  public RatingBand(Rating rating, Integer points, Integer minPercent, Integer minScore) {
    this.rating = rating;
    this.points = points;
    this.minPercent = minPercent;
    this.minScore = minScore;
  }

  public Rating getRating() {
    return rating;
  }

  public Integer getPoints() {
    return points;
  }

  public Integer getMinPercent() {
    return minPercent;
  }

  public Integer getMinScore() {
    return minScore;
  }
}
