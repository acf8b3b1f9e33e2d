package org.yjtracker.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.yjtracker.platform.control.InvalidInputException;

/** Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, salted). */
@ApplicationScoped
public class PasswordHasher {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  /** Jakarta Security refuses fewer. */
  static final int MIN_ITERATIONS = 1024;

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "tracker.password.iterations", defaultValue = "210000")
  int iterations;

  private String dummyHash;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(MIN_ITERATIONS, iterations)),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    dummyHash = hash.generate("not a password of anybody".toCharArray());
  }

  public String hash(String password, String field) {
    checkPolicy(password, field);
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return password != null && hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * Spends the same time as a real check, so the answer for an unknown email cannot be told apart
   * from a wrong password by timing.
   */
  public void verifyNobody(String password) {
    hash.verify(String.valueOf(password).toCharArray(), dummyHash);
  }

  public static void checkPolicy(String password, String field) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidInputException(
          field, "Password must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidInputException(
          field, "Password must be " + MAX_LENGTH + " characters or fewer");
    }
    if (password.isBlank()) {
      throw new InvalidInputException(field, "Password must not be only spaces");
    }
  }
}
