package org.yjtracker.attention.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.attention.entity.Attention;

@Path("me/attention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class AttentionResource {

  @Inject AttentionBoard board;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "What needs you now, as the start page shows it: a section per thing to deal with for"
              + " each of your roles, its count, the link to its whole list and its first items")
  public Attention attention() {
    return board.of(caller);
  }
}
