package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.boundary.AllowedRoles;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles(Role.INSPECTORATE_ADMIN)
@Tag(name = "Admin")
public class MailsResource {

  @Inject MailOutbox outbox;
  @Inject Caller caller;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @GET
  @Path("mails")
  @Operation(
      summary =
          "Every mail the tracker made, newest first: to whom, its subject, and whether it was"
              + " delivered (QUEUED, SENT, FAILED) with its attempts and last error")
  public ResultPage<MailView> mails(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return outbox.page(status, new PageRequest(page, size));
  }

  @GET
  @Path("mails/{id}")
  @Operation(summary = "One mail, with its text and HTML as sent")
  public MailView mail(@PathParam("id") long id) {
    return outbox.find(id);
  }

  @POST
  @Path("mails/deliveries")
  @Operation(
      summary =
          "Sends the outbox's due mails now, as the worker does every minute (mails for what"
              + " people want at once, then retries that are due): how many were sent and how many"
              + " failed this time")
  public MailDelivery.Result deliverNow() {
    return outbox.deliverNow();
  }

  @GET
  @Path("reminder-runs")
  @Operation(summary = "The latest reminder runs, newest first")
  public List<RunView> runs() {
    return outbox.runs(20);
  }

  @GET
  @Path("reminder-runs/{id}")
  @Operation(summary = "One reminder run")
  public RunView run(@PathParam("id") long id) {
    return outbox.run(id);
  }

  @POST
  @Path("reminder-runs")
  @Operation(
      summary =
          "Sends reminders now, as the daily schedule does, weekly digests included whatever the"
              + " day (one a person a week at most); 409 while another run is under way")
  public Response runNow() {
    RunView run = outbox.runNow(caller);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(run.id())).build())
        .entity(run)
        .build();
  }
}
