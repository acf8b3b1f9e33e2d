package org.yjtracker.actionplan.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One change of status of an action or of a recommendation within a plan: when, who (null when the
 * tracker moved it, as its actions made it), from (null for the first entry), to, and why. Kept for
 * ever; never changed (the table refuses updates).
 */
@Entity
@Table(name = "status_change")
@NamedQuery(
    name = StatusChange.OF_PLAN,
    query = "SELECT c FROM StatusChange c WHERE c.planId = :planId ORDER BY c.changedAt, c.id")
@NamedQuery(
    name = StatusChange.OF_ACTION,
    query = "SELECT c FROM StatusChange c WHERE c.actionId = :actionId ORDER BY c.changedAt, c.id")
@NamedQuery(
    name = StatusChange.OF_RECOMMENDATION,
    query =
        "SELECT c FROM StatusChange c WHERE c.planId = :planId"
            + " AND c.recommendationId = :recommendationId ORDER BY c.changedAt, c.id")
public class StatusChange {

  public static final String OF_PLAN = "StatusChange.ofPlan";
  public static final String OF_ACTION = "StatusChange.ofAction";
  public static final String OF_RECOMMENDATION = "StatusChange.ofRecommendation";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private Long planId;

  /** Set through {@link #action} for an action's change, so a new action's id is filled in. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "action_id", updatable = false)
  private PlanAction action;

  @Column(name = "action_id", insertable = false, updatable = false)
  private Long actionId;

  @Column(name = "recommendation_id", updatable = false)
  private Long recommendationId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "changed_by", updatable = false)
  private String changedBy;

  @Column(name = "from_status", updatable = false)
  private String fromStatus;

  @Column(name = "to_status", nullable = false, updatable = false)
  private String toStatus;

  @Column(updatable = false)
  private String reason;

  protected StatusChange() {}

  private StatusChange(
      long planId, Enum<?> from, Enum<?> to, String by, Instant at, String reason) {
    this.planId = planId;
    this.fromStatus = from == null ? null : from.name();
    this.toStatus = Objects.requireNonNull(to).name();
    this.changedBy = by;
    this.changedAt = Objects.requireNonNull(at);
    this.reason = reason == null || reason.isBlank() ? null : clip(reason.strip());
  }

  public static StatusChange ofAction(
      PlanAction action, ActionStatus from, ActionStatus to, String by, Instant at, String why) {
    var change = new StatusChange(action.getPlan().getId(), from, to, by, at, why);
    change.action = action;
    change.actionId = action.getId();
    return change;
  }

  public static StatusChange ofRecommendation(
      long planId,
      long recommendationId,
      RecommendationStatus from,
      RecommendationStatus to,
      String by,
      Instant at,
      String why) {
    var change = new StatusChange(planId, from, to, by, at, why);
    change.recommendationId = recommendationId;
    return change;
  }

  private static String clip(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getPlanId() {
    return planId;
  }

  public Long getActionId() {
    return actionId != null ? actionId : action == null ? null : action.getId();
  }

  public Long getRecommendationId() {
    return recommendationId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getFromStatus() {
    return fromStatus;
  }

  public String getToStatus() {
    return toStatus;
  }

  public String getReason() {
    return reason;
  }
}
