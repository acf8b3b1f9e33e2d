package org.yjtracker.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.yjtracker.access.entity.Caller;

@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class NotificationsResource {

  @Inject NotificationPreferences preferences;
  @Inject Caller caller;

  @GET
  @Operation(
      summary =
          "How you are told of each kind of notification: OFF, IMMEDIATELY (a mail each) or"
              + " WEEKLY (in the weekly digest, the default)")
  public List<PreferenceView> mine() {
    return PreferenceView.of(caller, preferences.of(caller.id()));
  }

  @PUT
  @Operation(
      summary =
          "Changes how you are told of the kinds given (the others stay): {\"preferences\":"
              + " {\"OVERDUE\": \"IMMEDIATELY\"}}")
  public List<PreferenceView> choose(
      @NotNull(message = "Send the preferences to change") PreferencesInput input) {
    return PreferenceView.of(
        caller,
        preferences.choose(caller, PreferenceChoices.read(input.preferences, "preferences")));
  }
}
