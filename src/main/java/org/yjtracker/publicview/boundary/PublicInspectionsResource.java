package org.yjtracker.publicview.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.Anonymous;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/** Published inspections for anybody, signed in or not. */
@Path("public/inspections")
@RequestScoped
@Anonymous
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicInspectionsResource {

  @Inject PublicInspections inspections;

  @GET
  @Operation(summary = "Published inspections, newest first, by service name and region, paged")
  public ResultPage<PublicInspectionSummary> list(
      @QueryParam("service") String service,
      @QueryParam("region") String region,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    return inspections.search(
        service, Enums.parse(Region.class, region, "region"), new PageRequest(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A published inspection: ratings, and each recommendation with its owners, its status in"
              + " the plan and its outcome at the next inspection")
  public PublicInspectionView get(@PathParam("id") long id) {
    return inspections.find(id);
  }
}
