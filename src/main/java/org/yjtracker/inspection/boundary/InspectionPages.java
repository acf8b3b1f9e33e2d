package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.access.boundary.PeopleNames;
import org.yjtracker.access.entity.Role;
import org.yjtracker.inspection.boundary.InspectionView.RecommendationView;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.Problems;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Confirmation;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.FormErrors;
import org.yjtracker.web.entity.Section;

/**
 * An inspection's page (its ratings, key questions, findings and recommendations by addressee, with
 * its plan and themes from the components that keep them), and the two steps that cannot be undone,
 * each behind a confirmation page: publishing a draft and deleting it.
 */
@ApplicationScoped
public class InspectionPages implements PageRoutes {

  @Inject InspectionRecords records;
  @Inject PeopleNames people;
  @Inject Instance<InspectionPlanPanel> planPanels;
  @Inject Instance<RecommendationTags> tagSources;

  /** Recommendations under one addressee heading, in number order. */
  public record RecommendationGroup(String heading, List<RecommendationView> recommendations) {}

  @Override
  public void register(Routes routes) {
    routes
        .get("/inspections/{id}", Section.INSPECTIONS, this::show)
        .get(
            "/inspections/{id}/publish",
            Section.INSPECTIONS,
            this::askPublish,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .post(
            "/inspections/{id}/publish",
            Section.INSPECTIONS,
            this::publish,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .get(
            "/inspections/{id}/delete",
            Section.INSPECTIONS,
            this::askDelete,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR)
        .post(
            "/inspections/{id}/delete",
            Section.INSPECTIONS,
            this::delete,
            Role.INSPECTORATE_ADMIN,
            Role.INSPECTOR);
  }

  PageResult show(PageContext request) {
    InspectionView inspection = records.find(request.caller(), request.id());
    Optional<InspectionPlanPanel.Panel> plan =
        inspection.status() == InspectionStatus.PUBLISHED
            ? planPanels.stream()
                .map(p -> p.of(request.caller(), inspection))
                .flatMap(Optional::stream)
                .findFirst()
            : Optional.empty();
    Map<Long, List<RecommendationTags.Tag>> tags = new HashMap<>();
    tagSources.forEach(source -> tags.putAll(source.of(request.caller(), inspection.id())));
    boolean inspectorate = request.caller().isInspectorate();
    boolean admin = request.caller().hasAnyRole(Role.INSPECTORATE_ADMIN);
    return PageResult.view("inspection/inspection", inspection.service().name() + " inspection")
        .with("inspection", inspection)
        .with("groups", groups(inspection.recommendations()))
        .with("plan", plan.orElse(null))
        .with("tags", tags)
        .with("inspectorate", inspectorate)
        .with("admin", admin)
        .with("mayChange", inspectorate && (inspection.status() == InspectionStatus.DRAFT || admin))
        .with(
            "publishedBy",
            PeopleNames.shown(
                people.of(
                    inspection.publishedBy() == null
                        ? List.of()
                        : List.of(inspection.publishedBy())),
                inspection.publishedBy()));
  }

  PageResult askPublish(PageContext request) {
    InspectionView inspection = records.find(request.caller(), request.id());
    return confirmPublish(inspection, List.of());
  }

  PageResult publish(PageContext request) {
    try {
      records.publish(request.caller(), request.id(), Form.wholeOf(request.param("version")));
    } catch (RuntimeException e) {
      List<FieldError> errors = FormErrors.from(e);
      return confirmPublish(records.find(request.caller(), request.id()), messages(errors))
          .status(Problems.of(e).status());
    }
    return PageResult.redirect("/inspections/" + request.id(), "The inspection has been published");
  }

  PageResult askDelete(PageContext request) {
    return confirmDelete(records.find(request.caller(), request.id()), List.of());
  }

  PageResult delete(PageContext request) {
    try {
      records.delete(request.caller(), request.id());
    } catch (RuntimeException e) {
      List<FieldError> errors = FormErrors.from(e);
      return confirmDelete(records.find(request.caller(), request.id()), messages(errors))
          .status(Problems.of(e).status());
    }
    return PageResult.redirect("/inspections", "The draft inspection has been deleted");
  }

  private static PageResult.View confirmPublish(InspectionView inspection, List<String> problems) {
    var confirm =
        new Confirmation(
            inspection.service().name() + " inspection",
            List.of(
                "Once published, the inspection is the record of the report: the service, its"
                    + " board and partners can read it, and its plan can be started.",
                "Only an inspectorate admin can correct it afterwards, giving a reason that is kept"
                    + " in the audit trail."),
            "Publish the inspection",
            false,
            Map.of("version", String.valueOf(inspection.version())),
            problems,
            "/inspections/" + inspection.id());
    return PageResult.view("web/confirm", "Publish this inspection?")
        .section(Section.INSPECTIONS)
        .with("confirm", confirm);
  }

  private static PageResult.View confirmDelete(InspectionView inspection, List<String> problems) {
    var confirm =
        new Confirmation(
            inspection.service().name() + " inspection",
            List.of(
                "The draft and everything typed into it will be deleted. This cannot be undone."),
            "Delete the draft",
            true,
            Map.of(),
            problems,
            "/inspections/" + inspection.id());
    return PageResult.view("web/confirm", "Delete this draft inspection?")
        .section(Section.INSPECTIONS)
        .with("confirm", confirm);
  }

  /** Consecutive recommendations with the same heading ("The Management Board should:"). */
  static List<RecommendationGroup> groups(List<RecommendationView> recommendations) {
    List<RecommendationGroup> groups = new ArrayList<>();
    recommendations.stream()
        .sorted(java.util.Comparator.comparingInt(RecommendationView::number))
        .forEach(
            r -> {
              String heading =
                  r.heading() == null || r.heading().isBlank() ? "Recommendations" : r.heading();
              if (groups.isEmpty() || !groups.get(groups.size() - 1).heading().equals(heading)) {
                groups.add(new RecommendationGroup(heading, new ArrayList<>()));
              }
              groups.get(groups.size() - 1).recommendations().add(r);
            });
    return groups;
  }

  private static List<String> messages(List<FieldError> errors) {
    return errors.stream().map(FieldError::message).toList();
  }
}
