package org.yjtracker.actionplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one recommendation stands within one plan (its own inspection's, or carried into it): the
 * status its actions give, the status that counts (an inspector's where one was set), and since
 * when. Kept true by the actionplan component in the same transaction as each change.
 */
@Entity
@Table(name = "recommendation_progress")
@IdClass(RecommendationState.Key.class)
@NamedQuery(
    name = RecommendationState.OF_PLAN,
    query = "SELECT s FROM RecommendationState s WHERE s.planId = :planId")
@NamedQuery(
    name = RecommendationState.OF_PLANS,
    query = "SELECT s FROM RecommendationState s WHERE s.planId IN :planIds")
public class RecommendationState {

  public static final String OF_PLAN = "RecommendationState.ofPlan";
  public static final String OF_PLANS = "RecommendationState.ofPlans";

  @Id
  @Column(name = "plan_id")
  private Long planId;

  @Id
  @Column(name = "recommendation_id")
  private Long recommendationId;

  @Column(nullable = false)
  private boolean carried;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecommendationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "derived_status", nullable = false)
  private RecommendationStatus derivedStatus;

  @Column(name = "status_since", nullable = false)
  private Instant statusSince;

  protected RecommendationState() {}

  public RecommendationState(
      long planId,
      long recommendationId,
      boolean carried,
      RecommendationStatus status,
      RecommendationStatus derived,
      Instant at) {
    this.planId = planId;
    this.recommendationId = recommendationId;
    this.carried = carried;
    this.status = Objects.requireNonNull(status);
    this.derivedStatus = Objects.requireNonNull(derived);
    this.statusSince = Objects.requireNonNull(at);
  }

  /**
   * Takes the statuses as they are now; answers the status it had if the one that counts changed.
   */
  public Optional<RecommendationStatus> moveTo(
      RecommendationStatus now, RecommendationStatus derived, boolean isCarried, Instant at) {
    this.derivedStatus = Objects.requireNonNull(derived);
    this.carried = isCarried;
    if (status == Objects.requireNonNull(now)) {
      return Optional.empty();
    }
    RecommendationStatus before = status;
    status = now;
    statusSince = at;
    return Optional.of(before);
  }

  public Long getPlanId() {
    return planId;
  }

  public Long getRecommendationId() {
    return recommendationId;
  }

  public boolean isCarried() {
    return carried;
  }

  public RecommendationStatus getStatus() {
    return status;
  }

  public RecommendationStatus getDerivedStatus() {
    return derivedStatus;
  }

  public Instant getStatusSince() {
    return statusSince;
  }

  /** The composite key: a recommendation stands once in each plan that answers it. */
  public static class Key implements Serializable {
    private Long planId;
    private Long recommendationId;

    public Key() {}

    public Key(Long planId, Long recommendationId) {
      this.planId = planId;
      this.recommendationId = recommendationId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(planId, key.planId)
          && Objects.equals(recommendationId, key.recommendationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(planId, recommendationId);
    }
  }
}
