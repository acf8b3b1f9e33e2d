package org.yjtracker.actionplan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.yjtracker.actionplan.entity.Acceptance;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.OrganisationKind;

/**
 * A plan as its page shows it: recommendations, each with its answer, status and actions, then the
 * actions against areas for improvement. A partner's view holds only the actions it leads. A closed
 * plan is a record: nothing on it can be edited.
 *
 * @param daysLate days past its due date without submission, or by which its submission was late
 * @param canSetStatus the caller may set a recommendation's status (an inspector, plan not closed)
 * @param partnerView the caller sees only the actions its organisation leads, not the whole plan
 */
public record PlanView(
    long id,
    long version,
    PlanStatus status,
    long inspectionId,
    long serviceId,
    String service,
    String published,
    LocalDate dueDate,
    boolean late,
    long daysLate,
    PlanStage stage,
    long daysToDue,
    String endorsedBy,
    Instant endorsedAt,
    String submittedBy,
    Instant submittedAt,
    Instant closedAt,
    List<RecommendationPlan> recommendations,
    List<CarriedPlan> carried,
    List<ActionView> otherActions,
    List<CommentView> comments,
    boolean canEdit,
    boolean canEndorse,
    boolean canSubmit,
    boolean canComment,
    boolean canSetStatus,
    boolean partnerView) {

  /** A comment on the plan; {@code inspectorate} tells oversight from the service's replies. */
  public record CommentView(
      long id, String author, boolean inspectorate, Instant writtenAt, String text) {}

  public record RecommendationPlan(
      long id,
      int number,
      String heading,
      String text,
      List<OrganisationKind> ownerKinds,
      List<OrganisationRef> owners,
      OrganisationRef leadOwner,
      Acceptance acceptance,
      String acceptanceReason,
      RecommendationStatus status,
      RecommendationStatus derivedStatus,
      Instant statusSince,
      String statusReason,
      long responseVersion,
      List<ActionView> actions) {}

  /**
   * A recommendation of an earlier inspection that this plan answers again because the inspection
   * that followed found it not met or only partly met.
   *
   * @param outcome what that inspection found (PARTLY_MET or NOT_MET)
   * @param status as this plan's actions make it
   */
  public record CarriedPlan(
      long id,
      int number,
      String heading,
      String text,
      long fromInspectionId,
      String fromPublished,
      List<OrganisationRef> owners,
      String outcome,
      String outcomeNote,
      RecommendationStatus status,
      Instant statusSince,
      List<ActionView> actions) {}
}
