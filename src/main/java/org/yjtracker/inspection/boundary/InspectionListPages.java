package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.framework.boundary.FrameworkCatalogue;
import org.yjtracker.framework.boundary.FrameworkView;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;
import org.yjtracker.web.boundary.PageContext;
import org.yjtracker.web.boundary.PageResult;
import org.yjtracker.web.boundary.PageRoutes;
import org.yjtracker.web.boundary.Routes;
import org.yjtracker.web.control.Choice;
import org.yjtracker.web.control.Form;
import org.yjtracker.web.control.Pager;
import org.yjtracker.web.entity.Section;

/**
 * The inspections list: every inspection the person may see, newest first, filtered by a plain GET
 * form and paged. A filter value the list does not know is no filter (a hand-edited address still
 * shows the list).
 */
@ApplicationScoped
public class InspectionListPages implements PageRoutes {

  static final int PAGE_SIZE = 25;

  @Inject InspectionRecords records;
  @Inject OrganisationDirectory directory;
  @Inject FrameworkCatalogue frameworks;

  @Override
  public void register(Routes routes) {
    routes.get("/inspections", Section.INSPECTIONS, this::list);
  }

  PageResult list(PageContext request) {
    boolean inspectorate = request.caller().isInspectorate();
    List<OrganisationRef> services = directory.services(request.caller());
    List<FrameworkView> known = frameworks.all();
    String service = request.param("serviceId");
    Long serviceId =
        services.stream()
            .filter(s -> String.valueOf(s.id()).equals(service))
            .map(OrganisationRef::id)
            .findFirst()
            .orElse(null);
    Region region = named(Region.values(), request.param("region"));
    String framework =
        known.stream()
            .map(FrameworkView::code)
            .filter(c -> c.equals(request.param("framework")))
            .findFirst()
            .orElse(null);
    InspectionKind kind = named(InspectionKind.values(), request.param("kind"));
    Rating overall = named(Rating.values(), request.param("overall"));
    Integer year =
        request.param("year").matches("(19|20)[0-9]{2}")
            ? Integer.valueOf(request.param("year"))
            : null;
    InspectionStatus status =
        inspectorate ? named(InspectionStatus.values(), request.param("status")) : null;
    int page = request.positive("page", 1);
    ResultPage<InspectionSummary> found =
        records.search(
            request.caller(),
            new InspectionQuery(
                serviceId,
                region,
                framework,
                kind,
                overall,
                year,
                status,
                null,
                new PageRequest(page, PAGE_SIZE)));
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("serviceId", serviceId == null ? "" : String.valueOf(serviceId));
    filters.put("region", region == null ? "" : region.name());
    filters.put("framework", framework == null ? "" : framework);
    filters.put("kind", kind == null ? "" : kind.name());
    filters.put("overall", overall == null ? "" : overall.name());
    filters.put("year", year == null ? "" : String.valueOf(year));
    filters.put("status", status == null ? "" : status.name());
    List<Choice> serviceChoices = new ArrayList<>(List.of(new Choice("", "Any service")));
    services.forEach(s -> serviceChoices.add(new Choice(String.valueOf(s.id()), s.name())));
    List<Choice> regionChoices = new ArrayList<>(List.of(new Choice("", "Any region")));
    Arrays.stream(Region.values()).forEach(r -> regionChoices.add(new Choice(r.name(), r.label())));
    List<Choice> frameworkChoices = new ArrayList<>(List.of(new Choice("", "Any framework")));
    known.forEach(f -> frameworkChoices.add(new Choice(f.code(), f.name())));
    List<Choice> kindChoices = new ArrayList<>(List.of(new Choice("", "Any kind")));
    Arrays.stream(InspectionKind.values())
        .forEach(k -> kindChoices.add(new Choice(k.name(), k.label())));
    List<Choice> ratingChoices = new ArrayList<>(List.of(new Choice("", "Any rating")));
    Arrays.stream(Rating.values())
        .filter(Rating::isRated)
        .forEach(r -> ratingChoices.add(new Choice(r.name(), r.label())));
    List<Choice> statusChoices = new ArrayList<>(List.of(new Choice("", "Drafts and published")));
    Arrays.stream(InspectionStatus.values())
        .forEach(s -> statusChoices.add(new Choice(s.name(), s.label())));
    return PageResult.view("inspection/list", "Inspections")
        .with("form", Form.of(filters))
        .with("services", serviceChoices)
        .with("regions", regionChoices)
        .with("frameworks", frameworkChoices)
        .with("kinds", kindChoices)
        .with("ratings", ratingChoices)
        .with("statuses", statusChoices)
        .with("inspectorate", inspectorate)
        .with("inspections", found.items())
        .with("pager", Pager.of("/inspections", filters, page, PAGE_SIZE, found.total()));
  }

  private static <E extends Enum<E>> E named(E[] values, String name) {
    return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }
}
