package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

@Path("me/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans")
public class MyActionsResource {

  @Inject PlanActions actions;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Every action your organisations lead, across services, most urgent first")
  public List<ActionView> mine() {
    return actions.mine(caller);
  }
}
