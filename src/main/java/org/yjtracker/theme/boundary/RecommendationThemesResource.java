package org.yjtracker.theme.boundary;

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
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.theme.boundary.InspectionThemesView.RecommendationThemes;

/** Beside "recommendations/{id}/response", a root resource of its own for the same reason. */
@Path("recommendations/{id}/themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class RecommendationThemesResource {

  @Inject ThemeConfirmations confirmations;
  @Inject Caller caller;

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
  @PUT
  @Operation(
      summary =
          "Confirm the themes of a recommendation (inspectors): {\"themes\": [ids]} replaces"
              + " the confirmed ones")
  public RecommendationThemes confirm(
      @PathParam("id") long recommendationId,
      @NotNull(message = "Send the themes") RecommendationThemesInput input) {
    return confirmations.confirm(caller, recommendationId, input);
  }
}
