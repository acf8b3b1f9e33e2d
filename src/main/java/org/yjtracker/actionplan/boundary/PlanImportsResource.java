package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.PlanSpreadsheet;
import org.yjtracker.platform.control.Uploads;

/**
 * A plan kept in a spreadsheet, imported into the tracker: previewed first, then imported whole.
 * JAX-RS picks the root resource with the longest literal path, so this one answers under
 * plans/{id}/import beside {@link PlansResource}.
 */
@Path("plans/{id}/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({
  PlanImportsResource.CSV,
  PlanImportsResource.XLSX,
  PlanImportsResource.CSV_FROM_WINDOWS,
  MediaType.TEXT_PLAIN,
  MediaType.APPLICATION_OCTET_STREAM
})
@Tag(name = "Action plans")
public class PlanImportsResource {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** What browsers on Windows with Excel installed call a .csv file. */
  static final String CSV_FROM_WINDOWS = "application/vnd.ms-excel";

  @Inject PlanImports imports;
  @Inject Caller caller;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "plan.import.max.bytes", defaultValue = "5242880")
  long maxBytes;

  @POST
  @Path("preview")
  @Operation(
      summary =
          "What importing this spreadsheet (CSV or XLSX) would create, row by row, with each row's"
              + " problems; nothing is saved")
  public ImportPreview preview(
      @PathParam("id") long id, @HeaderParam("Content-Type") String contentType, InputStream body) {
    return imports.preview(caller, id, () -> read(body), format(contentType));
  }

  @POST
  @Operation(
      summary =
          "Create every action of the spreadsheet, or none: 400 naming each row with a problem,"
              + " 413 if too large, 422 if it is not a plan spreadsheet")
  public Response importActions(
      @PathParam("id") long id, @HeaderParam("Content-Type") String contentType, InputStream body) {
    PlanView plan = imports.importActions(caller, id, () -> read(body), format(contentType));
    return Response.created(
            uri.getBaseUriBuilder().path("plans").path(String.valueOf(plan.id())).build())
        .entity(plan)
        .build();
  }

  private static PlanSpreadsheet.Format format(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(XLSX)
        ? PlanSpreadsheet.Format.XLSX
        : PlanSpreadsheet.Format.CSV;
  }

  private byte[] read(InputStream body) {
    return Uploads.read(body, maxBytes, "The upload is empty: send the plan's spreadsheet.", 422);
  }
}
