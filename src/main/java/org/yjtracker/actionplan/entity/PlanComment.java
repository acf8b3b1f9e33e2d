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

/** A remark on a plan: the inspectorate overseeing it, or the service answering. */
@Entity
@Table(name = "plan_comment")
@NamedQuery(
    name = PlanComment.OF_PLAN,
    query = "SELECT c FROM PlanComment c WHERE c.plan = :plan ORDER BY c.writtenAt, c.id")
public class PlanComment {

  public static final String OF_PLAN = "PlanComment.ofPlan";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", updatable = false)
  private ActionPlan plan;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(nullable = false, updatable = false)
  private boolean inspectorate;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(nullable = false, updatable = false)
  private String text;

  protected PlanComment() {}

  public PlanComment(
      ActionPlan plan, String author, boolean inspectorate, Instant writtenAt, String text) {
    this.plan = Objects.requireNonNull(plan);
    this.author = Objects.requireNonNull(author);
    this.inspectorate = inspectorate;
    this.writtenAt = Objects.requireNonNull(writtenAt);
    this.text = Objects.requireNonNull(text).strip();
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public boolean isInspectorate() {
    return inspectorate;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getText() {
    return text;
  }
}
