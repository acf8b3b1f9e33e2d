package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

@Path("inspections/{inspectionId}/plan")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class InspectionPlanResource {

  @Inject ActionPlans plans;
  @Inject Caller caller;
  @Context UriInfo uri;

  @POST
  @Operation(summary = "Start the plan of a published inspection (the service's leads and board)")
  public Response start(@PathParam("inspectionId") long inspectionId) {
    PlanView plan = plans.start(caller, inspectionId);
    return Response.created(
            uri.getBaseUriBuilder().path("plans").path(String.valueOf(plan.id())).build())
        .entity(plan)
        .build();
  }

  @GET
  @Operation(summary = "The plan of an inspection")
  public PlanView get(@PathParam("inspectionId") long inspectionId) {
    return plans.ofInspection(caller, inspectionId);
  }
}
