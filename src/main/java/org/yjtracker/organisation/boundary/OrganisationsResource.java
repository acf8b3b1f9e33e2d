package org.yjtracker.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class OrganisationsResource {

  @Inject OrganisationDirectory directory;
  @Inject Caller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Organisations the caller can see, filtered and paged, sorted by name")
  public ResultPage<OrganisationView> list(
      @QueryParam("kind") List<String> kinds,
      @QueryParam("region") String region,
      @QueryParam("q") String text,
      @QueryParam("serviceId") Long serviceId,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    return directory.search(
        caller,
        new OrganisationQuery(
            Enums.parseAll(OrganisationKind.class, kinds, "kind"),
            Enums.parse(Region.class, region, "region"),
            text,
            serviceId,
            new PageRequest(page, size)));
  }

  @GET
  @Path("services")
  @Operation(summary = "The youth justice services the caller can see (for pickers)")
  public List<OrganisationRef> services() {
    return directory.services(caller);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One organisation, with its board and partners if it is a service")
  public OrganisationView get(@PathParam("id") long id) {
    return directory.find(caller, id);
  }

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR, Role.SERVICE_LEAD})
  @POST
  @Operation(summary = "Add an organisation (inspectorate staff; service leads for their service)")
  public Response create(@NotNull(message = "Send the organisation") OrganisationInput input) {
    OrganisationView created = directory.create(caller, input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR, Role.SERVICE_LEAD})
  @PUT
  @Path("{id}")
  @Operation(summary = "Change an organisation; send the version you read (409 if it moved on)")
  public OrganisationView update(
      @PathParam("id") long id,
      @NotNull(message = "Send the organisation") OrganisationInput input) {
    return directory.update(caller, id, input);
  }
}
