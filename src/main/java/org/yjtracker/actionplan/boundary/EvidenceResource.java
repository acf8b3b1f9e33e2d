package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.entity.EvidenceFile;

@Path("evidence")
@RequestScoped
@Tag(name = "Action plans")
public class EvidenceResource {

  @Inject EvidenceFiles files;
  @Inject Caller caller;

  @GET
  @Path("{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an evidence file")
  public Response download(@PathParam("id") long id) {
    EvidenceFile file = files.download(caller, id);
    String encoded =
        URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.getContent(), file.getContentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
