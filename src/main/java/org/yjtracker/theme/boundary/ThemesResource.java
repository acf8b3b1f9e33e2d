package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;

@Path("themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class ThemesResource {

  @Inject ThemeCatalogue catalogue;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Every theme with its keywords and the number of confirmed recommendations you see")
  public List<ThemeView> list() {
    return catalogue.all(caller);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A theme and the recommendations confirmed in it (the services you see): plan status"
              + " and outcome at the next inspection")
  public ThemePageView get(@PathParam("id") long id) {
    return catalogue.page(caller, id);
  }

  @AllowedRoles(Role.INSPECTORATE_ADMIN)
  @POST
  @Operation(summary = "Add a theme (inspectorate admins)")
  public Response create(@NotNull(message = "Send the theme") ThemeInput input) {
    ThemeView created = catalogue.create(caller, input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @AllowedRoles(Role.INSPECTORATE_ADMIN)
  @PUT
  @Path("{id}")
  @Operation(summary = "Change, retire or bring back a theme (inspectorate admins; send version)")
  public ThemeView update(
      @PathParam("id") long id, @NotNull(message = "Send the theme") ThemeInput input) {
    return catalogue.update(caller, id, input);
  }
}
