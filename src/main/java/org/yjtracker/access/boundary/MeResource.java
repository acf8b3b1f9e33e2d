package org.yjtracker.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
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
import org.yjtracker.access.entity.Caller;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

  @Inject AccountRegistry registry;
  @Inject ApiTokens tokens;
  @Inject ClientAddresses addresses;
  @Inject Caller caller;
  @Context UriInfo uri;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "Who is signed in, with roles and organisations")
  public AccountView me() {
    return registry.find(caller.id());
  }

  @PUT
  @Path("password")
  @Operation(
      summary =
          "Change your own password (needs the current one). Ends your other sessions and revokes"
              + " your API tokens; a wrong current password counts as a failed sign-in (429 past"
              + " the limit)")
  public Response changePassword(
      @Valid @NotNull(message = "Send the current and new password") PasswordChange change) {
    int epoch =
        registry.changeOwnPassword(
            caller, change.currentPassword, change.newPassword, addresses.of(request));
    HttpSession session = request.getSession(false);
    if (caller.method() == Caller.AuthMethod.SESSION && session != null) {
      // This session carries on under the new epoch; every other one has ended.
      session.setAttribute(TrackerAuthenticationMechanism.SESSION_EPOCH, epoch);
    }
    return Response.noContent().build();
  }

  @GET
  @Path("tokens")
  @Operation(summary = "Your personal API tokens (without the tokens themselves)")
  public List<TokenView> tokens() {
    return tokens.of(caller);
  }

  @POST
  @Path("tokens")
  @Operation(
      summary =
          "Create a personal API token; the answer is the only time it is shown. Only from a"
              + " signed-in session (not Basic, not a token), with your password entered again;"
              + " it expires after 90 days (tracker.token.max.days) or sooner if asked")
  public Response createToken(@NotNull(message = "Send a name") TokenRequest body) {
    if (caller.method() != Caller.AuthMethod.SESSION) {
      throw new ForbiddenException(ApiTokens.MADE_IN_A_SESSION);
    }
    NewToken created = tokens.create(caller, body, addresses.of(request));
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(created.details().id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("tokens/{id}")
  @Operation(summary = "Revoke one of your tokens")
  public TokenView revoke(@PathParam("id") long id) {
    return tokens.revoke(caller, id);
  }
}
