package org.yjtracker.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One recorded change. Immutable: no setters, and the table refuses updates. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(name = "object_type", nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", nullable = false, updatable = false)
  private String objectId;

  @Column(updatable = false)
  private String reason;

  @Lob
  @Column(name = "before_state", updatable = false)
  private String before;

  @Lob
  @Column(name = "after_state", updatable = false)
  private String after;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      AuditAction action,
      String objectType,
      String objectId,
      String reason,
      String before,
      String after) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.action = Objects.requireNonNull(action);
    this.objectType = Objects.requireNonNull(objectType);
    this.objectId = Objects.requireNonNull(objectId);
    this.reason = reason;
    this.before = before;
    this.after = after;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getReason() {
    return reason;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
