package org.yjtracker.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA512, salted). */
@ApplicationScoped
public class PasswordHasher {

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

  /**
   * Hashes a password the caller has already checked against {@link PasswordPolicy}; the length is
   * checked again here so that nothing enormous is ever hashed.
   */
  public String hash(String password, String field) {
    PasswordPolicy.checkLength(password, field);
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
}
