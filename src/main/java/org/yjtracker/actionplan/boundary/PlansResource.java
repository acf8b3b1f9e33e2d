package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.PlanChanges;

@Path("plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class PlansResource {

  @Inject ActionPlans plans;
  @Inject PlanActions actions;
  @Inject PlanHistory history;
  @Inject PlanChangesSince changes;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(summary = "A plan: recommendations, answers, actions with flags and latest updates")
  public PlanView get(@PathParam("id") long id) {
    return plans.find(caller, id);
  }

  @GET
  @Path("{id}/history")
  @Operation(
      summary =
          "Every dated status change of the plan's actions and recommendations, oldest first;"
              + " narrowed to one recommendation or one action if asked")
  public List<StatusChangeView> history(
      @PathParam("id") long id,
      @QueryParam("recommendationId") Long recommendationId,
      @QueryParam("actionId") Long actionId) {
    return history.of(caller, id, recommendationId, actionId);
  }

  @GET
  @Path("{id}/changes")
  @Operation(
      summary =
          "What changed since a day (the last board meeting), that day included: actions"
              + " completed, target dates moved with their reasons, new progress updates and"
              + " recommendations whose status changed, with their counts; since=YYYY-MM-DD")
  public PlanChanges changes(@PathParam("id") long id, @QueryParam("since") String since) {
    return changes.of(caller, id, since);
  }

  @POST
  @Path("{id}/endorse")
  @Operation(summary = "Endorse a draft plan (a board member or service lead of the service)")
  public PlanView endorse(@PathParam("id") long id, @QueryParam("version") Long version) {
    return plans.endorse(caller, id, version);
  }

  @POST
  @Path("{id}/submit")
  @Operation(summary = "Submit an endorsed plan to the inspectorate")
  public PlanView submit(@PathParam("id") long id, @QueryParam("version") Long version) {
    return plans.submit(caller, id, version);
  }

  @POST
  @Path("{id}/activate")
  @Operation(summary = "Accept a submitted plan (the inspectorate)")
  public PlanView activate(@PathParam("id") long id) {
    return plans.activate(caller, id);
  }

  @POST
  @Path("{id}/comments")
  @Operation(summary = "Comment on a plan (the inspectorate; the service answers)")
  public Response comment(
      @PathParam("id") long id, @NotNull(message = "Send the comment") CommentInput input) {
    return Response.status(Response.Status.CREATED)
        .entity(plans.comment(caller, id, input.text))
        .build();
  }

  @POST
  @Path("{id}/actions")
  @Operation(summary = "Add an action to a plan")
  public Response addAction(@PathParam("id") long planId, ActionInput input) {
    ActionView action = actions.add(caller, planId, input);
    return Response.created(
            uri.getBaseUriBuilder().path("actions").path(String.valueOf(action.id())).build())
        .entity(action)
        .build();
  }
}
