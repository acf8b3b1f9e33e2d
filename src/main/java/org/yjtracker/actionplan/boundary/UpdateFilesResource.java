package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.boundary.ActionView.FileView;
import org.yjtracker.platform.control.InvalidInputException;

@Path("actions/{actionId}/updates/{updateId}/files")
@RequestScoped
@Tag(name = "Action plans")
public class UpdateFilesResource {

  @Inject EvidenceFiles files;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "evidence.max.bytes", defaultValue = "10485760")
  long maxBytes;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Attach an evidence file to a progress update (raw body, name in X-File-Name); PDF,"
              + " Word, Excel, PNG, JPEG, text or CSV; 413 over the size limit")
  public Response attach(
      @PathParam("actionId") long actionId,
      @PathParam("updateId") long updateId,
      @HeaderParam("X-File-Name") String fileName,
      InputStream body) {
    String name = fileName == null ? null : decoded(fileName);
    FileView file = files.attach(caller, actionId, updateId, name, body, maxBytes);
    return Response.status(Response.Status.CREATED).entity(file).build();
  }

  /** X-File-Name is percent-encoded (names may hold any character); a broken escape is a 400. */
  private static String decoded(String fileName) {
    try {
      return URLDecoder.decode(fileName, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("X-File-Name", "is not a percent-encoded file name");
    }
  }
}
