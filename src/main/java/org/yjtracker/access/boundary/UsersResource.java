package org.yjtracker.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.INSPECTORATE_ADMIN)
@Tag(name = "Users")
public class UsersResource {

  @Inject AccountRegistry registry;
  @Inject Caller caller;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Accounts, filtered by text, role, organisation and whether active")
  public ResultPage<AccountView> list(
      @QueryParam("q") String text,
      @QueryParam("role") String role,
      @QueryParam("organisationId") Long organisationId,
      @QueryParam("active") Boolean active,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("25") int size) {
    return registry.search(
        text,
        Enums.parse(Role.class, role, "role"),
        organisationId,
        active,
        new PageRequest(page, size));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account")
  public AccountView get(@PathParam("id") long id) {
    return registry.find(id);
  }

  @POST
  @Operation(summary = "Create an account with its roles and organisations")
  public Response create(@NotNull(message = "Send the account") AccountInput input) {
    AccountView created = registry.create(caller, input);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change an account; a password here resets it; send the version you read")
  public AccountView update(
      @PathParam("id") long id, @NotNull(message = "Send the account") AccountInput input) {
    AccountView updated = registry.update(caller, id, input);
    HttpSession session = request.getSession(false);
    if (id == caller.id() && caller.method() == Caller.AuthMethod.SESSION && session != null) {
      // An admin resetting their own password keeps this session, as on /api/me/password.
      session.setAttribute(
          TrackerAuthenticationMechanism.SESSION_EPOCH, registry.credentialEpoch(id));
    }
    return updated;
  }
}
