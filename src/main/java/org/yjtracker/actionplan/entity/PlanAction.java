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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
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

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private ActionPlan plan;

  @BatchFetch(BatchFetchType.IN)
  @ManyToOne(optional = false)
  @JoinColumn(name = "lead_organisation_id")
  private Organisation leadOrganisation;

  @Column(name = "lead_person")
  private String leadPerson;

  /** Short, for lists and headings; the description says the rest. */
  @Column(nullable = false)
  private String title;

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

  /** Since when the action has had its status. */
  @Column(name = "status_since")
  private Instant statusSince;

  /**
   * When anyone last said anything about the action: its latest progress update, else its writing.
   * An input of its "stale" flag, kept here so no view reads every update to work it out.
   */
  @Column(name = "last_activity_at")
  private Instant lastActivityAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @BatchFetch(BatchFetchType.IN)
  @ManyToMany
  @JoinTable(
      name = "plan_action_recommendation",
      joinColumns = @JoinColumn(name = "action_id"),
      inverseJoinColumns = @JoinColumn(name = "recommendation_id"))
  private Set<Recommendation> recommendations = new LinkedHashSet<>();

  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("changedAt")
  private List<TargetChange> targetChanges = new ArrayList<>();

  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("writtenAt DESC, id DESC")
  private List<ProgressUpdate> updates = new ArrayList<>();

  @BatchFetch(BatchFetchType.IN)
  @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
  @OrderBy("changedAt, id")
  private List<StatusChange> statusChanges = new ArrayList<>();

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PlanAction() {}

  public PlanAction(ActionPlan plan, String createdBy) {
    this(plan, createdBy, Instant.now());
  }

  /** A new action, not started, written at {@code at}: its history begins there. */
  public PlanAction(ActionPlan plan, String createdBy, Instant at) {
    this.plan = Objects.requireNonNull(plan);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(at);
    this.lastActivityAt = at;
    this.statusSince = at;
    this.statusChanges.add(StatusChange.ofAction(this, null, status, createdBy, at, null));
  }

  /** Everything but the target date, which moves only with a reason ({@link #retarget}). */
  public void describe(
      Organisation lead,
      String person,
      String shortTitle,
      String whatToDo,
      String measure,
      String area,
      LocalDate start,
      Collection<Recommendation> answers) {
    this.leadOrganisation = Objects.requireNonNull(lead);
    this.leadPerson = blankToNull(person);
    this.description = Objects.requireNonNull(whatToDo).strip();
    // Left out (an integration that predates titles), a title already given stays; sent empty
    // (a form cleared), it is made from the description again.
    this.title =
        shortTitle == null && title != null ? title : ActionTitles.of(shortTitle, description);
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

  /**
   * Moves the action to a status (a reason is kept for BLOCKED and CANCELLED) and records the move
   * in its history; a new action's first status is recorded too.
   *
   * @param by who moved it
   * @param why what the history says of the move, when the status needs no reason of its own
   */
  public void setStatus(ActionStatus newStatus, String reason, String by, Instant at, String why) {
    Objects.requireNonNull(newStatus);
    Objects.requireNonNull(at);
    String kept = newStatus.needsReason() ? blankToNull(reason) : null;
    String told = kept != null ? kept : why;
    StatusChange last =
        statusChanges.isEmpty() ? null : statusChanges.get(statusChanges.size() - 1);
    if (id == null && last != null && last.getChangedAt().equals(at)) {
      // Still being written at this moment: it begins with this status, not the one before.
      statusChanges.remove(last);
      ActionStatus from =
          last.getFromStatus() == null ? null : ActionStatus.valueOf(last.getFromStatus());
      statusChanges.add(StatusChange.ofAction(this, from, newStatus, by, at, told));
      statusSince = at;
    } else if (newStatus != status) {
      statusChanges.add(StatusChange.ofAction(this, status, newStatus, by, at, told));
      statusSince = at;
    }
    this.status = newStatus;
    this.statusReason = kept;
  }

  /**
   * A progress update on an action written in this same transaction (demo data, an imported sheet):
   * kept in its list of updates and moving its status in memory. Updates to an action that others
   * may be reporting on at the same time use {@link #append}.
   */
  public ProgressUpdate report(
      String author,
      Instant at,
      String narrative,
      Rag rag,
      Integer percent,
      Long corrects,
      List<ProgressUpdate.EvidenceLink> links) {
    var update = append(author, at, narrative, rag, percent, corrects, links);
    updates.add(0, update);
    if (lastActivityAt == null || lastActivityAt.isBefore(at)) {
      lastActivityAt = at;
    }
    // Reporting progress on an action nobody marked as started says it has started.
    if (status == ActionStatus.NOT_STARTED && startsAction(percent)) {
      setStatus(ActionStatus.IN_PROGRESS, null, author, at, STARTED_BY_PROGRESS);
    }
    return update;
  }

  /**
   * A progress update on an action that already exists, for the caller to persist. Unlike {@link
   * #report} it changes nothing on the action in memory: appends arrive concurrently and must never
   * conflict with each other or bump the action's version, so the one derived field stored on the
   * action (not started becomes in progress) moves by the row-level {@link #START_ON_PROGRESS}, and
   * the latest update and its RAG are read from the updates themselves.
   */
  public ProgressUpdate append(
      String author,
      Instant at,
      String narrative,
      Rag rag,
      Integer percent,
      Long corrects,
      List<ProgressUpdate.EvidenceLink> links) {
    return new ProgressUpdate(this, author, at, narrative, rag, percent, corrects, links);
  }

  /** Whether an update with this percentage says a not-started action has started. */
  public static boolean startsAction(Integer percent) {
    return percent != null && percent > 0;
  }

  /** What the history says when a progress update starts an action nobody marked as started. */
  public static final String STARTED_BY_PROGRESS = "Progress was reported on it";

  /**
   * Not started becomes in progress without touching the version, so an editor's version stays
   * valid. Parameters: since when, the action's id. One row changed: it moved (record it).
   */
  public static final String START_ON_PROGRESS =
      "UPDATE plan_action SET status = 'IN_PROGRESS', status_since = ?"
          + " WHERE id = ? AND status = 'NOT_STARTED'";

  /**
   * An update keeps the action's last activity without touching its version. Run it before
   * inserting the update: it takes the row's write lock first, where the update's foreign-key check
   * would otherwise take a shared lock that two appends then both try to upgrade (a deadlock).
   * Parameters: the update's time (twice), the action's id.
   */
  public static final String KEEP_ACTIVITY =
      "UPDATE plan_action SET last_activity_at = GREATEST(COALESCE(last_activity_at, ?), ?)"
          + " WHERE id = ?";

  public Optional<ProgressUpdate> latestUpdate() {
    return updates.stream().findFirst();
  }

  /** When someone last said anything about this action: its latest update, else its writing. */
  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public Instant getStatusSince() {
    return statusSince;
  }

  /** The action's status history, oldest first. */
  public List<StatusChange> getStatusChanges() {
    return statusChanges;
  }

  @PrePersist
  void created() {
    if (createdAt == null) {
      createdAt = Instant.now();
    }
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

  public String getTitle() {
    return title;
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

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
