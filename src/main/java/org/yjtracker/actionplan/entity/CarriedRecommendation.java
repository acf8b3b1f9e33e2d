package org.yjtracker.actionplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.yjtracker.inspection.entity.Recommendation;

/**
 * A recommendation of an earlier inspection that this plan answers again, because the inspection
 * that followed found it not met or only partly met. The link to the original is kept so its
 * history reads on from one plan to the next, and what that inspection found (outcome and note) is
 * kept with it, so the plan shows why it is carried without asking the re-inspection.
 */
@Entity
@Table(name = "carried_recommendation")
@IdClass(CarriedRecommendation.Key.class)
@NamedQuery(
    name = CarriedRecommendation.OF_PLAN,
    query =
        "SELECT c FROM CarriedRecommendation c WHERE c.planId = :planId"
            + " ORDER BY c.recommendation.inspection.publishedOn, c.recommendation.number")
public class CarriedRecommendation {

  public static final String OF_PLAN = "CarriedRecommendation.ofPlan";

  @Id
  @Column(name = "plan_id")
  private Long planId;

  @Id
  @ManyToOne(optional = false)
  @JoinColumn(name = "recommendation_id")
  private Recommendation recommendation;

  /** Null only for a recommendation carried before the outcome was kept here (V16). */
  @Enumerated(EnumType.STRING)
  private CarriedOutcome outcome;

  @Column(name = "outcome_note")
  private String outcomeNote;

  @Column(name = "carried_by", nullable = false)
  private String carriedBy;

  @Column(name = "carried_at", nullable = false)
  private Instant carriedAt;

  protected CarriedRecommendation() {}

  public CarriedRecommendation(
      long planId,
      Recommendation recommendation,
      CarriedOutcome outcome,
      String outcomeNote,
      String carriedBy,
      Instant at) {
    this.planId = planId;
    this.recommendation = Objects.requireNonNull(recommendation);
    this.carriedBy = Objects.requireNonNull(carriedBy);
    this.carriedAt = Objects.requireNonNull(at);
    judged(outcome, outcomeNote);
  }

  /** The inspector corrected what the inspection found; the recommendation stays carried. */
  public void judged(CarriedOutcome outcome, String note) {
    this.outcome = Objects.requireNonNull(outcome);
    this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
  }

  public CarriedOutcome getOutcome() {
    return outcome;
  }

  public String getOutcomeNote() {
    return outcomeNote;
  }

  public Long getPlanId() {
    return planId;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public String getCarriedBy() {
    return carriedBy;
  }

  public Instant getCarriedAt() {
    return carriedAt;
  }

  /** The composite key: a recommendation is carried into a plan once. */
  public static class Key implements Serializable {
    private Long planId;
    private Long recommendation;

    public Key() {}

    public Key(Long planId, Long recommendation) {
      this.planId = planId;
      this.recommendation = recommendation;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(planId, key.planId)
          && Objects.equals(recommendation, key.recommendation);
    }

    @Override
    public int hashCode() {
      return Objects.hash(planId, recommendation);
    }
  }
}
