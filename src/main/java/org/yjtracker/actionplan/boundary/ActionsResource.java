package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.platform.control.DatabaseTrouble;

@Path("actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class ActionsResource {

  @Inject PlanActions actions;
  @Inject Caller caller;

  @GET
  @Path("{id}")
  @Operation(summary = "An action with its update history and target date history")
  public ActionView get(@PathParam("id") long id) {
    return actions.find(caller, id);
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change an action; send its version (409 with the current state if stale)")
  public ActionView change(@PathParam("id") long id, ActionInput input) {
    return actions.change(caller, id, input);
  }

  @POST
  @Path("{id}/updates")
  @Operation(summary = "Add a progress update (never changed later; a correction is a new one)")
  public Response report(@PathParam("id") long id, UpdateInput input) {
    DatabaseTrouble.retryOnContention(() -> actions.report(caller, id, input));
    // Read in a transaction of its own, after the update's has committed: the update holds the
    // action's row (and the national table's) for as short a time as it can.
    return Response.status(Response.Status.CREATED).entity(actions.find(caller, id)).build();
  }
}
