package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.ExportFormat;
import org.yjtracker.actionplan.control.PlanReport;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * A plan to download. Its own root resource with the longer literal path: JAX-RS does not fall back
 * from {@code plans} ({@link PlansResource}) to look for a sub-path it does not declare.
 */
@Path("plans/{id}/export")
@RequestScoped
@Tag(name = "Action plans")
public class PlanExportsResource {

  @Inject PlanExports exports;
  @Inject Caller caller;

  @GET
  @Produces({"text/csv", "application/pdf", "application/octet-stream", "*/*"})
  @Operation(
      summary =
          "The plan as CSV or XLSX (one row per action, headings the plan import reads) or as a"
              + " PDF board paper (format=csv|xlsx|pdf); with since=YYYY-MM-DD the board paper"
              + " begins with what changed since that day")
  public Response export(
      @PathParam("id") long id,
      @QueryParam("format") String format,
      @QueryParam("since") String since) {
    // The plan first: another service's plan is a 404 whatever the format says.
    PlanReport report = exports.report(caller, id, since);
    ExportFormat as =
        ExportFormat.named(format)
            .orElseThrow(
                () -> new InvalidInputException("format", "Choose csv, xlsx or pdf as the format"));
    return Response.ok(as.write(report))
        .type(as.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + as.fileName(report) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
