package org.yjtracker.actionplan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.organisation.boundary.OrganisationRef;

/**
 * An action with its flags, latest update and (on its own page) its full history.
 *
 * @param lastActivity the day of the latest progress update, or the day the action was written if
 *     it has none: what "no update for N days" counts from
 * @param statusSince since when the action has had its status
 * @param statusHistory every change of its status, oldest first (on its own page only)
 * @param finished complete or cancelled: its dates no longer raise flags or count down
 */
public record ActionView(
    long id,
    long version,
    long planId,
    long inspectionId,
    String service,
    List<Long> recommendationIds,
    List<Integer> recommendationNumbers,
    String areaForImprovement,
    OrganisationRef leadOrganisation,
    String leadPerson,
    String title,
    String description,
    String successMeasure,
    LocalDate startDate,
    LocalDate targetDate,
    ActionStatus status,
    String statusReason,
    ActionFlags flags,
    UpdateView latestUpdate,
    List<UpdateView> updates,
    List<DateChangeView> targetDateHistory,
    boolean canEdit,
    Instant updatedAt,
    LocalDate lastActivity,
    Instant statusSince,
    List<PlanProgress.StatusEntry> statusHistory,
    boolean finished) {

  public record UpdateView(
      long id,
      String author,
      Instant writtenAt,
      String narrative,
      Rag rag,
      Integer percentComplete,
      Long correctsId,
      List<LinkView> links,
      List<FileView> files) {}

  /** An evidence file; its bytes are at {@code href}. */
  public record FileView(
      long id, String fileName, String contentType, long sizeBytes, String href) {}

  public record LinkView(String title, String url) {}

  public record DateChangeView(
      LocalDate from, LocalDate to, String reason, String changedBy, Instant changedAt) {}
}
