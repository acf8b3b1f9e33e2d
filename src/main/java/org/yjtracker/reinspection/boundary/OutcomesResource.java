package org.yjtracker.reinspection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;

/**
 * Inspectors' judgement of the previous inspection's recommendations. Each call answers the whole
 * comparison as it now is. Its own root resource: JAX-RS does not backtrack from {@code
 * inspections} to find it.
 */
@Path("inspections/{id}/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Re-inspection")
@AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
public class OutcomesResource {

  @Inject Reinspections reinspections;
  @Inject Caller caller;

  @PUT
  @Path("{recommendationId}")
  @Operation(
      summary =
          "Record or correct the outcome of a previous recommendation (inspectors); send the"
              + " version read to change one already recorded")
  public ComparisonView record(
      @PathParam("id") long id,
      @PathParam("recommendationId") long recommendationId,
      @NotNull(message = "Send the outcome") OutcomeInput input) {
    return reinspections.record(caller, id, recommendationId, input);
  }

  @PUT
  @Path("{recommendationId}/carried")
  @Operation(
      summary =
          "Carry a recommendation judged not met or partly met into this inspection's plan"
              + " (inspectors)")
  public ComparisonView carry(
      @PathParam("id") long id, @PathParam("recommendationId") long recommendationId) {
    return reinspections.carry(caller, id, recommendationId);
  }

  @DELETE
  @Path("{recommendationId}/carried")
  @Operation(
      summary = "Take a carried recommendation out of the new plan while no action answers it")
  public ComparisonView uncarry(
      @PathParam("id") long id, @PathParam("recommendationId") long recommendationId) {
    return reinspections.uncarry(caller, id, recommendationId);
  }

  @POST
  @Path("complete")
  @Operation(
      summary =
          "Finish the judgement: close the previous plan once every recommendation has an"
              + " outcome")
  public ComparisonView complete(@PathParam("id") long id) {
    return reinspections.complete(caller, id);
  }
}
