package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

@Path("inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections")
public class InspectionsResource {

  @Inject InspectionRecords records;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Inspections the caller can see, newest first, filtered and paged")
  public ResultPage<InspectionSummary> list(
      @QueryParam("serviceId") Long serviceId,
      @QueryParam("region") String region,
      @QueryParam("framework") String framework,
      @QueryParam("kind") String kind,
      @QueryParam("overall") String overall,
      @QueryParam("year") String year,
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    return records.search(
        caller,
        new InspectionQuery(
            serviceId,
            Enums.parse(Region.class, region, "region"),
            framework == null || framework.isBlank() ? null : framework.strip(),
            Enums.parse(InspectionKind.class, kind, "kind"),
            Enums.parse(Rating.class, overall, "overall"),
            year(year),
            Enums.parse(InspectionStatus.class, status, "status"),
            text,
            new PageRequest(page, size)));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One inspection with its ratings, key questions and recommendations")
  public InspectionView get(@PathParam("id") long id) {
    return records.find(caller, id);
  }

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
  @POST
  @Operation(summary = "Record an inspection as a draft (inspectorate staff)")
  public Response create(@NotNull(message = "Send the inspection") InspectionInput input) {
    InspectionView created = records.create(caller, input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change a draft, or correct a published inspection (admins, with a reason); send the"
              + " version you read")
  public InspectionView update(
      @PathParam("id") long id, @NotNull(message = "Send the inspection") InspectionInput input) {
    return records.update(caller, id, input);
  }

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish a draft: from then on it is read-only")
  public InspectionView publish(@PathParam("id") long id, @QueryParam("version") Long version) {
    return records.publish(caller, id, version);
  }

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
  @DELETE
  @Path("{id}")
  @Operation(summary = "Throw away a draft")
  public Response delete(@PathParam("id") long id) {
    records.delete(caller, id);
    return Response.noContent().build();
  }

  @POST
  @Path("assessment")
  @Operation(
      summary =
          "What the framework's rules make of figures being entered: derived ratings, score,"
              + " overall rating and disagreements; nothing is saved")
  public Assessment assess(@NotNull(message = "Send the inspection") InspectionInput input) {
    return records.assess(input);
  }

  private static Integer year(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int year = Integer.parseInt(value.strip());
      if (year < 1990 || year > 2200) {
        throw new NumberFormatException();
      }
      return year;
    } catch (NumberFormatException e) {
      throw new InvalidInputException("year", "Enter a year such as 2023");
    }
  }
}
