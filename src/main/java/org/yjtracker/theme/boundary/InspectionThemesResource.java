package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

/** Its own root resource: JAX-RS does not look past InspectionsResource's "inspections". */
@Path("inspections/{inspectionId}/themes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Themes")
public class InspectionThemesResource {

  @Inject ThemeConfirmations confirmations;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "Each recommendation of an inspection with its confirmed themes and the themes its"
              + " words suggest (with the matched phrases)")
  public InspectionThemesView get(@PathParam("inspectionId") long inspectionId) {
    return confirmations.ofInspection(caller, inspectionId);
  }
}
