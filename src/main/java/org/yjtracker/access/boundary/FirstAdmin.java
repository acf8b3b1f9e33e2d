package org.yjtracker.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.access.control.PasswordPolicy;
import org.yjtracker.access.control.TokenCodec;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Makes sure an empty database has someone who can sign in: the first inspectorate admin, from
 * TRACKER_ADMIN_EMAIL and TRACKER_ADMIN_PASSWORD, or with a generated password printed once.
 *
 * <p>A configured password that fails the password policy is never stored: the admin gets a
 * generated password instead, printed once, and a warning says which rule the configured one broke.
 * The tracker still starts (a first trial must not end in a dead server whose only clue is a stack
 * trace), and nobody can sign in with the weak password, which may sit in a shell history or a
 * compose file.
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
    if (!registry.isEmpty()) {
      return;
    }
    Optional<String> configured = password.filter(p -> !p.isBlank()).filter(this::meetsPolicy);
    boolean generated = configured.isEmpty();
    String chosen = configured.orElseGet(TokenCodec::newPassword);
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

  private boolean meetsPolicy(String configured) {
    try {
      PasswordPolicy.standard().check(configured, "tracker.admin.password", email, List.of());
      return true;
    } catch (InvalidInputException e) {
      LOG.warning(
          () ->
              "\n*** TRACKER_ADMIN_PASSWORD (tracker.admin.password) is not used: "
                  + e.getMessage()
                  + ".\n*** A generated password is printed below instead. Set a better one (at"
                  + " least "
                  + PasswordPolicy.MIN_LENGTH
                  + " characters, not common, not containing the email address) or change it"
                  + " after signing in.");
      return false;
    }
  }
}
