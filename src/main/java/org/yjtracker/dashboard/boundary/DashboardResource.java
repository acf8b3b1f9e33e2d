package org.yjtracker.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.dashboard.control.NationalExport;
import org.yjtracker.dashboard.control.NationalFilter;
import org.yjtracker.dashboard.control.NationalSort;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.entity.PageRequest;

@AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
@Path("dashboard")
@RequestScoped
@Tag(name = "Dashboards")
public class DashboardResource {

  @Inject NationalDashboard dashboard;
  @Inject Caller caller;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The national table (inspectorate): each service's latest published inspection and"
              + " plan, filtered, sorted (sort=key or -key) and paged, with chart data over all"
              + " the filtered services; late=true keeps the services whose plan is late; the"
              + " overall ratings count alike whatever the framework")
  public NationalView national(
      @QueryParam("region") String region,
      @QueryParam("overall") String overall,
      @QueryParam("framework") String framework,
      @QueryParam("kind")
          @Parameter(
              description =
                  "the latest inspection's kind: an InspectionKind name, e.g."
                      + " CHILDREN_AND_VICTIMS")
          String kind,
      @QueryParam("ownerKind") String ownerKind,
      @QueryParam("theme") String theme,
      @QueryParam("q") String text,
      @QueryParam("late")
          @Parameter(description = "true: only services whose plan is late; false: only on time")
          String late,
      @QueryParam("sort") String sort,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    NationalFilter filter = filter(region, overall, framework, kind, ownerKind, theme, text, late);
    NationalSort order = NationalSort.parse(sort);
    return dashboard.page(caller, filter, order, new PageRequest(page, size));
  }

  @GET
  @Path("export")
  @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @Operation(summary = "The national table with the same filters, every row, as CSV or XLSX")
  public Response export(
      @QueryParam("format") String format,
      @QueryParam("region") String region,
      @QueryParam("overall") String overall,
      @QueryParam("framework") String framework,
      @QueryParam("kind") String kind,
      @QueryParam("ownerKind") String ownerKind,
      @QueryParam("theme") String theme,
      @QueryParam("q") String text,
      @QueryParam("late") String late,
      @QueryParam("sort") String sort) {
    if (format == null || format.isBlank()) {
      throw new InvalidInputException("format", "Choose a format: csv or xlsx");
    }
    NationalExport.Format chosen = Enums.parse(NationalExport.Format.class, format, "format");
    NationalFilter filter = filter(region, overall, framework, kind, ownerKind, theme, text, late);
    byte[] file = dashboard.export(caller, filter, NationalSort.parse(sort), chosen);
    String name = "national-dashboard-" + dashboard.today() + "." + chosen.extension();
    return Response.ok(file, chosen.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static NationalFilter filter(
      String region,
      String overall,
      String framework,
      String kind,
      String ownerKind,
      String theme,
      String text,
      String late) {
    List<FieldError> errors = new ArrayList<>();
    var filter =
        new NationalFilter(
            Enums.parseInto(Region.class, region, "region", errors),
            Enums.parseInto(Rating.class, overall, "overall", errors),
            blankToNull(framework),
            Enums.parseInto(InspectionKind.class, kind, "kind", errors),
            Enums.parseInto(OrganisationKind.class, ownerKind, "ownerKind", errors),
            blankToNull(theme),
            Like.containing(text),
            yesOrNo(late, "late", errors));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return filter;
  }

  /** "true" or "false" (any case); blank is null. Anything else is an error naming the field. */
  private static Boolean yesOrNo(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        errors.add(new FieldError(field, "Use true or false"));
        yield null;
      }
    };
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
