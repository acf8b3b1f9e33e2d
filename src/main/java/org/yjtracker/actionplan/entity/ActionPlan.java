package org.yjtracker.actionplan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.yjtracker.inspection.entity.Inspection;

/**
 * The improvement plan answering one inspection: DRAFT, ENDORSED by the service's board, SUBMITTED
 * to the inspectorate by its due date (or late), ACTIVE while owners report progress, CLOSED when
 * the next inspection judges it.
 */
@Entity
@Table(name = "action_plan")
@NamedQuery(
    name = ActionPlan.OF_INSPECTION,
    query = "SELECT p FROM ActionPlan p WHERE p.inspection.id = :inspectionId")
public class ActionPlan {

  public static final String OF_INSPECTION = "ActionPlan.ofInspection";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @BatchFetch(BatchFetchType.IN)
  @OneToOne(optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlanStatus status = PlanStatus.DRAFT;

  @Column(name = "due_date", nullable = false)
  private LocalDate dueDate;

  @Column(name = "endorsed_by")
  private String endorsedBy;

  @Column(name = "endorsed_at")
  private Instant endorsedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PlanAction> actions = new ArrayList<>();

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ActionPlan() {}

  public ActionPlan(Inspection inspection, LocalDate dueDate) {
    this.inspection = Objects.requireNonNull(inspection);
    this.dueDate = Objects.requireNonNull(dueDate);
  }

  public void endorse(String by, Instant at) {
    require(PlanStatus.DRAFT, "endorsed");
    status = PlanStatus.ENDORSED;
    endorsedBy = by;
    endorsedAt = at;
  }

  public void submit(String by, Instant at) {
    require(PlanStatus.ENDORSED, "submitted");
    status = PlanStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = at;
  }

  public void activate() {
    require(PlanStatus.SUBMITTED, "made active");
    status = PlanStatus.ACTIVE;
  }

  /**
   * The next inspection has judged what became of the plan's recommendations: from then on the plan
   * is a record, and whatever is still to do lives in the next plan.
   */
  public void close(Instant at) {
    if (status == PlanStatus.CLOSED) {
      throw new IllegalStateException("The plan is already closed");
    }
    status = PlanStatus.CLOSED;
    closedAt = Objects.requireNonNull(at);
  }

  public boolean isClosed() {
    return status == PlanStatus.CLOSED;
  }

  public PlanAction addAction(PlanAction action) {
    actions.add(action);
    return action;
  }

  private void require(PlanStatus wanted, String what) {
    if (status != wanted) {
      throw new IllegalStateException(
          "A plan can only be " + what + " when it is " + wanted + "; it is " + status);
    }
  }

  @PrePersist
  void created() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void updated() {
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Inspection getInspection() {
    return inspection;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public String getEndorsedBy() {
    return endorsedBy;
  }

  public Instant getEndorsedAt() {
    return endorsedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<PlanAction> getActions() {
    return actions;
  }

  public long getVersion() {
    return version;
  }
}
