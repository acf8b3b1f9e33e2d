package org.yjtracker.access.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.platform.control.InvalidInputException;

class PasswordPolicyTest {

  static final PasswordPolicy POLICY = PasswordPolicy.standard();
  static final String EMAIL = "Sam.Okafor@bexley.gov.uk";
  static final List<String> SERVICES = List.of("Bexley Youth Justice Service");

  @Test
  void aLongUncommonPassphraseOfTheUsersOwnIsAccepted() {
    assertDoesNotThrow(
        () -> POLICY.check("violet kettle marathon sofa", "password", EMAIL, SERVICES));
    assertDoesNotThrow(() -> POLICY.check("x".repeat(256), "password", EMAIL, SERVICES));
  }

  @Test
  void noCompositionRules() {
    // Only lower-case letters, no digit, no symbol: long and not common is what counts.
    assertDoesNotThrow(() -> POLICY.check("stapleorbitlanternfig", "password", EMAIL, SERVICES));
  }

  @Test
  void tooShortOrTooLongOrBlankIsRefusedNamingTheField() {
    assertAll(
        () -> assertRefused("newPassword", "at least 12", "eleven-char", EMAIL),
        () -> assertRefused("newPassword", "at least 12", null, EMAIL),
        () -> assertRefused("newPassword", "256 characters or fewer", "y".repeat(257), EMAIL),
        () -> assertRefused("newPassword", "only spaces", " ".repeat(12), EMAIL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "123456789012", "PASSWORD1234", "qwertyuiopasdfgh"})
  void commonPasswordsAreRefusedWhateverTheirCase(String common) {
    assertRefused("password", "common passwords", common, EMAIL);
  }

  @Test
  void theShippedListIsLoadedAndHoldsOnlyPasswordsLongEnoughToMatter() throws Exception {
    try (var in = PasswordPolicy.class.getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
      var lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines();
      assertTrue(lines.allMatch(line -> line.length() >= PasswordPolicy.MIN_LENGTH));
    }
  }

  @Test
  void theEmailAddressOrItsNameIsRefusedInAnyCase() {
    assertAll(
        () -> assertRefused("password", "email address", "sam.okafor@bexley.gov.uk!", EMAIL),
        () -> assertRefused("password", "before the @", "my-SAM.OKAFOR-2026", EMAIL),
        () -> assertRefused("password", "before the @", "admin-password-it", "admin@tracker.test"));
  }

  @Test
  void aVeryShortLocalPartIsNotHeldAgainstThePassword() {
    // "jo" is in too many good passwords (journey, major...) to forbid it.
    assertDoesNotThrow(
        () -> POLICY.check("journey to the major lake", "password", "jo@example.org", List.of()));
  }

  @Test
  void theNameOfTheAccountsServiceIsRefusedEvenWrittenTogether() {
    assertAll(
        () ->
            assertRefused(
                "password",
                "Bexley Youth Justice Service",
                "BexleyYouthJusticeService!",
                EMAIL,
                SERVICES),
        () ->
            assertRefused(
                "password", "Bexley Youth", "bexley-youth-justice-service-1", EMAIL, SERVICES));
    // Another service's name is not the account's own word.
    assertDoesNotThrow(
        () ->
            POLICY.check(
                "suffolk youth justice service", "password", EMAIL, List.of("Bexley YJS")));
  }

  @Test
  void theNameOfThisServiceIsRefused() {
    assertRefused("password", "this service", "my yjtracker password", EMAIL);
    assertRefused("password", "this service", "Youth-Justice-Inspection-Tracker", EMAIL);
  }

  @Test
  void aShortOrganisationNameIsNotHeldAgainstThePassword() {
    assertDoesNotThrow(
        () -> POLICY.check("a yot of good words", "password", EMAIL, List.of("YOT")));
  }

  private static void assertRefused(
      String field, String messagePart, String password, String email) {
    assertRefused(field, messagePart, password, email, List.of());
  }

  private static void assertRefused(
      String field, String messagePart, String password, String email, List<String> services) {
    var refused =
        assertThrows(
            InvalidInputException.class, () -> POLICY.check(password, field, email, services));
    assertEquals(field, refused.errors().get(0).field());
    assertTrue(
        refused.getMessage().contains(messagePart),
        () -> "'" + refused.getMessage() + "' should name " + messagePart);
  }
}
