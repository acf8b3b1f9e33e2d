package org.yjtracker.theme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A theme an inspector confirmed for a recommendation. */
@Entity
@Table(name = "recommendation_theme")
@IdClass(ThemeAssignment.Key.class)
@NamedQuery(
    name = ThemeAssignment.OF_RECOMMENDATIONS,
    query =
        "SELECT a FROM ThemeAssignment a WHERE a.recommendationId IN :recommendationIds"
            + " ORDER BY a.theme.name")
public class ThemeAssignment {

  public static final String OF_RECOMMENDATIONS = "ThemeAssignment.ofRecommendations";

  @Id
  @Column(name = "recommendation_id")
  private Long recommendationId;

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id")
  private Theme theme;

  @Column(name = "confirmed_by", nullable = false)
  private String confirmedBy;

  @Column(name = "confirmed_at", nullable = false)
  private Instant confirmedAt;

  protected ThemeAssignment() {}

  public ThemeAssignment(long recommendationId, Theme theme, String confirmedBy, Instant at) {
    this.recommendationId = recommendationId;
    this.theme = Objects.requireNonNull(theme);
    this.confirmedBy = Objects.requireNonNull(confirmedBy);
    this.confirmedAt = Objects.requireNonNull(at);
  }

  public Long getRecommendationId() {
    return recommendationId;
  }

  public Theme getTheme() {
    return theme;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  /** The composite key: one row per recommendation and theme. */
  public static class Key implements Serializable {
    private Long recommendationId;
    private Long theme;

    public Key() {}

    public Key(Long recommendationId, Long theme) {
      this.recommendationId = recommendationId;
      this.theme = theme;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(recommendationId, key.recommendationId)
          && Objects.equals(theme, key.theme);
    }

    @Override
    public int hashCode() {
      return Objects.hash(recommendationId, theme);
    }
  }
}
