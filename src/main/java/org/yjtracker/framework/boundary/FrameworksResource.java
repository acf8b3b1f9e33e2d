package org.yjtracker.framework.boundary;

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

@Path("frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class FrameworksResource {

  @Inject FrameworkCatalogue catalogue;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Every framework, oldest first")
  public List<FrameworkView> list() {
    return catalogue.all();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One framework")
  public FrameworkView get(@PathParam("code") String code) {
    return catalogue.find(code);
  }

  @AllowedRoles(Role.INSPECTORATE_ADMIN)
  @POST
  @Operation(summary = "Add a framework (inspectorate admins)")
  public Response create(@NotNull(message = "Send the framework") FrameworkInput input) {
    FrameworkView created = catalogue.create(caller, input);
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @AllowedRoles(Role.INSPECTORATE_ADMIN)
  @POST
  @Path("{code}/domains/{domain}/standards")
  @Operation(summary = "Add a standard (rated area) to a domain (inspectorate admins)")
  public Response addStandard(
      @PathParam("code") String code,
      @PathParam("domain") String domain,
      @NotNull(message = "Send the standard") FrameworkInput.StandardDefinition standard) {
    FrameworkView changed = catalogue.addStandard(caller, code, domain, standard);
    return Response.created(uri.getBaseUriBuilder().path("frameworks").path(code).build())
        .entity(changed)
        .build();
  }

  @AllowedRoles(Role.INSPECTORATE_ADMIN)
  @PUT
  @Path("{code}/bands")
  @Operation(summary = "Replace the rating scale and its thresholds (inspectorate admins)")
  public FrameworkView replaceBands(
      @PathParam("code") String code,
      @NotNull(message = "Send the scale") FrameworkInput.Bands bands) {
    return catalogue.replaceBands(caller, code, bands);
  }

  @AllowedRoles(Role.INSPECTORATE_ADMIN)
  @PUT
  @Path("{code}/standards/{standard}")
  @Operation(summary = "Rename a standard (inspectorate admins)")
  public FrameworkView rename(
      @PathParam("code") String code,
      @PathParam("standard") String standard,
      @NotNull(message = "Send the new name") FrameworkInput.Rename rename) {
    return catalogue.renameStandard(caller, code, standard, rename);
  }
}
