package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.ActionShow;
import org.yjtracker.platform.control.InvalidInputException;

@Path("me/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class MyActionsResource {

  @Inject PlanActions actions;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "Every action you are responsible for, across services, most urgent first: those your"
              + " organisations lead and, for a service's leads and board, every action of the"
              + " service's open plans")
  public List<ActionView> mine(
      @QueryParam("show")
          @Parameter(
              description = "only the actions overdue, due soon or with no recent update",
              schema = @Schema(enumeration = {"overdue", "due-soon", "stale"}))
          String show) {
    if (show == null || show.isEmpty()) {
      return actions.mine(caller);
    }
    return actions.mine(
        caller,
        ActionShow.of(show)
            .orElseThrow(
                () -> new InvalidInputException("show", "Choose overdue, due-soon or stale")));
  }
}
