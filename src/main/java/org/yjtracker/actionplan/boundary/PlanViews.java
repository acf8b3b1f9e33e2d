package org.yjtracker.actionplan.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.yjtracker.actionplan.boundary.ActionView.DateChangeView;
import org.yjtracker.actionplan.boundary.ActionView.FileView;
import org.yjtracker.actionplan.boundary.ActionView.LinkView;
import org.yjtracker.actionplan.boundary.ActionView.UpdateView;
import org.yjtracker.actionplan.boundary.PlanView.CarriedPlan;
import org.yjtracker.actionplan.boundary.PlanView.RecommendationPlan;
import org.yjtracker.actionplan.control.ActionFlags;
import org.yjtracker.actionplan.control.PlanStages;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.CarriedRecommendation;
import org.yjtracker.actionplan.entity.EvidenceFile;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.PlanComment;
import org.yjtracker.actionplan.entity.ProgressUpdate;
import org.yjtracker.actionplan.entity.RecommendationResponse;
import org.yjtracker.actionplan.entity.RecommendationState;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.platform.control.Clocks;

/** Builds plan and action views; what a caller may see and do is decided by the caller. */
final class PlanViews {

  private PlanViews() {}

  record Context(
      LocalDate today,
      ProgressSettings thresholds,
      Predicate<PlanAction> visible,
      Predicate<PlanAction> editable) {}

  static PlanView plan(
      ActionPlan plan,
      Map<Long, RecommendationState> states,
      Map<Long, RecommendationResponse> responses,
      List<CarriedRecommendation> carried,
      List<PlanComment> comments,
      Context context,
      boolean canEdit,
      boolean canEndorse,
      boolean canComment,
      boolean canSetStatus,
      boolean partnerView) {
    var inspection = plan.getInspection();
    List<PlanAction> visible = plan.getActions().stream().filter(context.visible()).toList();
    List<RecommendationPlan> recommendations =
        inspection.getRecommendations().stream()
            .sorted(Comparator.comparingInt(Recommendation::getNumber))
            .map(
                r ->
                    recommendation(
                        r, responses.get(r.getId()), states.get(r.getId()), visible, context))
            .toList();
    List<ActionView> other =
        visible.stream()
            .filter(a -> a.getRecommendations().isEmpty())
            .map(a -> action(a, context, false))
            .toList();
    return new PlanView(
        plan.getId(),
        plan.getVersion(),
        plan.getStatus(),
        inspection.getId(),
        inspection.getService().getId(),
        inspection.getService().getName(),
        inspection.publication(),
        plan.getDueDate(),
        PlanStages.late(plan.getDueDate(), plan.getSubmittedAt(), context.today()),
        PlanStages.daysLate(plan.getDueDate(), plan.getSubmittedAt(), context.today()),
        PlanStages.classify(
            plan.getStatus(), plan.getDueDate(), plan.getSubmittedAt(), context.today()),
        ChronoUnit.DAYS.between(context.today(), plan.getDueDate()),
        plan.getEndorsedBy(),
        plan.getEndorsedAt(),
        plan.getSubmittedBy(),
        plan.getSubmittedAt(),
        plan.getClosedAt(),
        recommendations,
        carried.stream()
            .map(c -> carried(c, states.get(c.getRecommendation().getId()), visible, context))
            .toList(),
        other,
        comments.stream()
            .map(
                c ->
                    new PlanView.CommentView(
                        c.getId(),
                        c.getAuthor(),
                        c.isInspectorate(),
                        c.getWrittenAt(),
                        c.getText()))
            .toList(),
        canEdit,
        canEndorse && plan.getStatus() == org.yjtracker.actionplan.entity.PlanStatus.DRAFT,
        canEndorse && plan.getStatus() == org.yjtracker.actionplan.entity.PlanStatus.ENDORSED,
        canComment,
        canSetStatus,
        partnerView);
  }

  private static RecommendationPlan recommendation(
      Recommendation r,
      RecommendationResponse response,
      RecommendationState state,
      List<PlanAction> visible,
      Context context) {
    return new RecommendationPlan(
        r.getId(),
        r.getNumber(),
        r.getHeading(),
        r.getText(),
        r.getOwnerKinds().stream().sorted().toList(),
        OrganisationRef.sortedByName(r.getOwners()),
        response == null ? null : OrganisationRef.of(response.getLeadOwner()),
        response == null ? null : response.getAcceptance(),
        response == null ? null : response.getAcceptanceReason(),
        state == null ? RecommendationStatus.OPEN : state.getStatus(),
        state == null ? RecommendationStatus.OPEN : state.getDerivedStatus(),
        state == null ? null : state.getStatusSince(),
        response == null ? null : response.getStatusReason(),
        response == null ? 0 : response.getVersion(),
        visible.stream()
            .filter(a -> a.getRecommendations().contains(r))
            .map(a -> action(a, context, false))
            .toList());
  }

  private static CarriedPlan carried(
      CarriedRecommendation carried,
      RecommendationState state,
      List<PlanAction> visible,
      Context context) {
    Recommendation r = carried.getRecommendation();
    return new CarriedPlan(
        r.getId(),
        r.getNumber(),
        r.getHeading(),
        r.getText(),
        r.getInspection().getId(),
        r.getInspection().publication(),
        OrganisationRef.sortedByName(r.getOwners()),
        carried.getOutcome() == null ? null : carried.getOutcome().name(),
        carried.getOutcomeNote(),
        state == null ? RecommendationStatus.OPEN : state.getStatus(),
        state == null ? null : state.getStatusSince(),
        visible.stream()
            .filter(a -> a.getRecommendations().contains(r))
            .map(a -> action(a, context, false))
            .toList());
  }

  static ActionView action(PlanAction a, Context context, boolean withHistory) {
    ProgressUpdate latest = a.latestUpdate().orElse(null);
    ActionFlags flags =
        ActionFlags.of(
            a.getStatus(),
            a.getStartDate(),
            a.getTargetDate(),
            lastActivity(a),
            latest == null ? null : latest.getPercentComplete(),
            context.today(),
            context.thresholds());
    List<Recommendation> answers =
        a.getRecommendations().stream()
            .sorted(Comparator.comparingInt(Recommendation::getNumber))
            .toList();
    return new ActionView(
        a.getId(),
        a.getVersion(),
        a.getPlan().getId(),
        a.getPlan().getInspection().getId(),
        a.getPlan().getInspection().getService().getName(),
        answers.stream().map(Recommendation::getId).toList(),
        answers.stream().map(Recommendation::getNumber).toList(),
        a.getAreaForImprovement(),
        OrganisationRef.of(a.getLeadOrganisation()),
        a.getLeadPerson(),
        a.getTitle(),
        a.getDescription(),
        a.getSuccessMeasure(),
        a.getStartDate(),
        a.getTargetDate(),
        a.getStatus(),
        a.getStatusReason(),
        flags,
        latest == null ? null : update(latest),
        withHistory ? a.getUpdates().stream().map(PlanViews::update).toList() : null,
        withHistory
            ? a.getTargetChanges().stream()
                .map(
                    c ->
                        new DateChangeView(
                            c.getFromDate(),
                            c.getToDate(),
                            c.getReason(),
                            c.getChangedBy(),
                            c.getChangedAt()))
                .toList()
            : null,
        context.editable().test(a),
        a.getUpdatedAt(),
        lastActivity(a),
        a.getStatusSince(),
        withHistory ? PlanProgress.entries(a.getStatusChanges()) : null,
        a.getStatus().isClosed());
  }

  /** The UK day of the action's last activity, what "no update for N days" counts from. */
  static LocalDate lastActivity(PlanAction a) {
    return a.getLastActivityAt() == null
        ? null
        : a.getLastActivityAt().atZone(Clocks.TRACKER_ZONE).toLocalDate();
  }

  static UpdateView update(ProgressUpdate u) {
    return new UpdateView(
        u.getId(),
        u.getAuthor(),
        u.getWrittenAt(),
        u.getNarrative(),
        u.getRag(),
        u.getPercentComplete(),
        u.getCorrectsId(),
        u.getLinks().stream().map(l -> new LinkView(l.getTitle(), l.getUrl())).toList(),
        u.getFiles().stream().map(PlanViews::file).toList());
  }

  static FileView file(EvidenceFile f) {
    return new FileView(
        f.getId(),
        f.getFileName(),
        f.getContentType(),
        f.getSizeBytes(),
        "/api/evidence/" + f.getId());
  }
}
