package org.yjtracker.access.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * Which passwords may be set, as the NCSC and NIST SP 800-63B (5.1.1.2) advise: long enough, not
 * one attackers try first (a list of common and breached passwords), and not made of the account's
 * own words (its email address, the names of its services, the name of this service). No
 * composition rules (a digit, a capital...): they make passwords harder to remember, not to guess.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 256;

  /** A local part this short ("jo@...") is in too many good passwords to forbid it. */
  static final int SHORTEST_LOCAL_PART = 3;

  /** The same for an organisation called, say, "YOT": letters and digits only, at least this. */
  static final int SHORTEST_NAME = 4;

  /** The name of this service and what people call it. */
  static final List<String> SERVICE_NAMES =
      List.of("Youth justice inspection tracker", "yjtracker");

  /**
   * SecLists' 10 million password list, top 1,000,000, only the entries of MIN_LENGTH characters or
   * more (shorter ones fail on length anyway): origin and licence in docs/common-passwords.md.
   */
  static final String COMMON_PASSWORDS = "common-passwords.txt";

  private static final PasswordPolicy STANDARD = new PasswordPolicy(load());

  private final Set<String> common;

  PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  /** The policy with the shipped list, loaded once. */
  public static PasswordPolicy standard() {
    return STANDARD;
  }

  /**
   * Refuses a password that may not be set, with a message naming the field.
   *
   * @param email the account's email address (may be null where there is none yet)
   * @param organisationNames the names of the organisations (services) the account belongs to
   */
  public void check(
      String password, String field, String email, Collection<String> organisationNames) {
    checkLength(password, field);
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      throw new InvalidInputException(
          field,
          "Password is on a list of common passwords that attackers try first; choose another,"
              + " for example three random words");
    }
    if (email != null && !email.isBlank()) {
      String address = email.strip().toLowerCase(Locale.ROOT);
      if (lower.contains(address)) {
        throw new InvalidInputException(field, "Password must not contain the email address");
      }
      int at = address.indexOf('@');
      String localPart = at < 0 ? address : address.substring(0, at);
      if (localPart.length() >= SHORTEST_LOCAL_PART && lower.contains(localPart)) {
        throw new InvalidInputException(
            field, "Password must not contain the email address's name (before the @)");
      }
    }
    String letters = lettersAndDigits(password);
    for (String name : organisationNames) {
      if (containsName(letters, name)) {
        throw new InvalidInputException(
            field, "Password must not contain the name of the account's service (" + name + ")");
      }
    }
    for (String name : SERVICE_NAMES) {
      if (containsName(letters, name)) {
        throw new InvalidInputException(
            field, "Password must not contain the name of this service (" + name + ")");
      }
    }
  }

  /**
   * Only the length: a guard before hashing, so nothing enormous is ever hashed. {@link #check}
   * does this too.
   */
  public static void checkLength(String password, String field) {
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

  /** "Bexley Youth Justice Service" is in "bexley-youth-justice-service!" too. */
  private static boolean containsName(String passwordLetters, String name) {
    if (name == null) {
      return false;
    }
    String nameLetters = lettersAndDigits(name);
    return nameLetters.length() >= SHORTEST_NAME && passwordLetters.contains(nameLetters);
  }

  private static String lettersAndDigits(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static Set<String> load() {
    Set<String> passwords = new HashSet<>(65_536);
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
      if (in == null) {
        throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          passwords.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(passwords);
  }
}
