package org.yjtracker.reportimport.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.inspection.boundary.InspectionView;
import org.yjtracker.platform.control.Uploads;
import org.yjtracker.reportimport.entity.ReportImport.SourceType;

@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Report import")
@AllowedRoles({Role.INSPECTORATE_ADMIN, Role.INSPECTOR})
public class ImportsResource {

  static final String PDF = "application/pdf";

  @Inject ReportImports imports;
  @Inject Caller caller;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "import.max.bytes", defaultValue = "20971520")
  long maxBytes;

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, PDF})
  @Operation(
      summary =
          "Read a published report (UTF-8 text, the report's web page as HTML, or PDF) into a"
              + " draft; 413 if too large, 422 if it is not an inspection report, 409 if it is"
              + " already recorded")
  public Response upload(
      @HeaderParam("Content-Type") String contentType,
      @HeaderParam("X-File-Name") String fileName,
      InputStream body) {
    String media = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
    SourceType type =
        media.startsWith(PDF)
            ? SourceType.PDF
            : media.startsWith(MediaType.TEXT_HTML) ? SourceType.HTML : SourceType.TEXT;
    var upload = new ReportUpload(type, fileName(fileName), read(body));
    JsonObject draft = imports.upload(caller, upload);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(draft.getInt("id"))).build())
        .entity(draft)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A draft, with owner suggestions for the chosen (or matched) service")
  public JsonObject get(@PathParam("id") long id, @QueryParam("serviceId") Long serviceId) {
    return imports.find(caller, id, serviceId);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a draft: send it back with the fields changed (and its version)")
  public JsonObject correct(
      @PathParam("id") long id, @NotNull(message = "Send the corrected draft") JsonObject draft) {
    return imports.correct(caller, id, draft);
  }

  @POST
  @Path("{id}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the draft as an inspection, with its owners, in one transaction")
  public Response confirm(
      @PathParam("id") long id,
      @NotNull(message = "Send the confirmation") ImportConfirmation confirmation) {
    InspectionView created = imports.confirm(caller, id, confirmation);
    return Response.created(
            uri.getBaseUriBuilder().path("inspections").path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  private byte[] read(InputStream body) {
    return Uploads.read(body, maxBytes, "The upload is empty: send a report.", 422);
  }

  private static String fileName(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String name = java.net.URLDecoder.decode(header, java.nio.charset.StandardCharsets.UTF_8);
    return name.length() > 255 ? name.substring(0, 255) : name;
  }
}
