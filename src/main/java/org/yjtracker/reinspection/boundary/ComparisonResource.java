package org.yjtracker.reinspection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

/** Its own root resource: JAX-RS does not backtrack from {@code inspections} to find it. */
@Path("inspections/{id}/comparison")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Re-inspection")
public class ComparisonResource {

  @Inject Reinspections reinspections;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "Ratings then and now, and what became of each recommendation of the previous"
              + " inspection; 404 when there is no previous inspection")
  public ComparisonView get(@PathParam("id") long id) {
    return reinspections.compare(caller, id);
  }
}
