package org.yjtracker.actionplan.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Organisation;

/**
 * Something an owner will do towards one or more recommendations (or an area for improvement): who
 * leads it, how the board will know it worked, when it starts and is due, and where it stands.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private ActionPlan plan;

  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_organisation_id")
  private Organisation leadOrganisation;

  @Column(name = "lead_person")
  private String leadPerson;

  @Column(nullable = false)
  private String description;

  @Column(name = "success_measure")
  private String successMeasure;

  @Column(name = "area_for_improvement")
  private String areaForImprovement;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "target_date")
  private LocalDate targetDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActionStatus status = ActionStatus.NOT_STARTED;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @ManyToMany
  @JoinTable(
      name = "plan_action_recommendation",
      joinColumns = @JoinColumn(name = "action_id"),
      inverseJoinColumns = @JoinColumn(name = "recommendation_id"))
  private Set<Recommendation> recommendations = new LinkedHashSet<>();

  @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("changedAt")
  private List<TargetChange> targetChanges = new ArrayList<>();

  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("writtenAt DESC, id DESC")
  private List<ProgressUpdate> updates = new ArrayList<>();

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlanAction() {}

  public PlanAction(ActionPlan plan, String createdBy) {
    this.plan = Objects.requireNonNull(plan);
    this.createdBy = Objects.requireNonNull(createdBy);
  }

  /** Everything but the target date, which moves only with a reason ({@link #retarget}). */
  public void describe(
      Organisation lead,
      String person,
      String whatToDo,
      String measure,
      String area,
      LocalDate start,
      Collection<Recommendation> answers) {
    this.leadOrganisation = Objects.requireNonNull(lead);
    this.leadPerson = blankToNull(person);
    this.description = Objects.requireNonNull(whatToDo).strip();
    this.successMeasure = blankToNull(measure);
    this.areaForImprovement = blankToNull(area);
    this.startDate = start;
    this.recommendations.retainAll(answers);
    this.recommendations.addAll(answers);
  }

  /** Sets the first target date; later moves keep their history with a reason. */
  public void retarget(LocalDate to, String reason, String by, Instant at) {
    if (Objects.equals(targetDate, to)) {
      return;
    }
    if (targetDate != null || id != null) {
      targetChanges.add(new TargetChange(this, targetDate, to, reason, by, at));
    }
    this.targetDate = to;
  }

  public void setStatus(ActionStatus newStatus, String reason) {
    this.status = Objects.requireNonNull(newStatus);
    this.statusReason = newStatus.needsReason() ? blankToNull(reason) : null;
  }

  public ProgressUpdate report(
      String author,
      Instant at,
      String narrative,
      Rag rag,
      Integer percent,
      Long corrects,
      List<ProgressUpdate.EvidenceLink> links) {
    var update = new ProgressUpdate(this, author, at, narrative, rag, percent, corrects, links);
    updates.add(0, update);
    // Reporting progress on an action nobody marked as started says it has started.
    if (status == ActionStatus.NOT_STARTED && percent != null && percent > 0) {
      status = ActionStatus.IN_PROGRESS;
    }
    return update;
  }

  public Optional<ProgressUpdate> latestUpdate() {
    return updates.stream().findFirst();
  }

  /** When someone last said anything about this action: its latest update, else its writing. */
  public LocalDate lastActivity() {
    Instant last = latestUpdate().map(ProgressUpdate::getWrittenAt).orElse(createdAt);
    return last == null ? null : last.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
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

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public ActionPlan getPlan() {
    return plan;
  }

  public Organisation getLeadOrganisation() {
    return leadOrganisation;
  }

  public String getLeadPerson() {
    return leadPerson;
  }

  public String getDescription() {
    return description;
  }

  public String getSuccessMeasure() {
    return successMeasure;
  }

  public String getAreaForImprovement() {
    return areaForImprovement;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public Set<Recommendation> getRecommendations() {
    return recommendations;
  }

  public List<TargetChange> getTargetChanges() {
    return targetChanges;
  }

  public List<ProgressUpdate> getUpdates() {
    return updates;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
