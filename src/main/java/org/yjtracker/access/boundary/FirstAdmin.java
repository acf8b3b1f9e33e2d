package org.yjtracker.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.control.TokenCodec;

/**
 * Makes sure an empty database has someone who can sign in: the first inspectorate admin, from
 * TRACKER_ADMIN_EMAIL and TRACKER_ADMIN_PASSWORD, or with a generated password printed once.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject AccountRegistry registry;

  @Inject
  @ConfigProperty(name = "tracker.admin.email", defaultValue = "admin@tracker.local")
  String email;

  @Inject
  @ConfigProperty(name = "tracker.admin.password")
  Optional<String> password;

  @PostConstruct
  void ensure() {
    boolean generated = password.filter(p -> !p.isBlank()).isEmpty();
    String chosen = generated ? TokenCodec.newPassword() : password.get();
    if (!registry.createFirstAdmin(email, "Inspectorate administrator", chosen)) {
      return;
    }
    if (generated) {
      LOG.warning(
          () ->
              "\n*** First inspectorate admin created: "
                  + email
                  + " with password "
                  + chosen
                  + "\n*** This is the only time the password is shown. Change it after signing in.");
    } else {
      LOG.info(() -> "First inspectorate admin created: " + email);
    }
  }
}
