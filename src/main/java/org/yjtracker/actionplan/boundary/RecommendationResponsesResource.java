package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

@Path("recommendations/{id}/response")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class RecommendationResponsesResource {

  @Inject ActionPlans plans;
  @Inject Caller caller;

  @PUT
  @Operation(
      summary =
          "The service's answer to a recommendation (acceptance, reason, lead owner), or an"
              + " inspector's status for it (status, reason)")
  public PlanView respond(
      @PathParam("id") long recommendationId,
      @NotNull(message = "Send the answer") ResponseInput input) {
    return plans.respond(caller, recommendationId, input);
  }
}
