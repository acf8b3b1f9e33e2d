package org.yjtracker.theme.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Codes made from a new theme's name when the admin gives none. */
class ThemeCodeTest {

  @Test
  void capitalsDigitsAndUnderscoresFromTheName() {
    assertEquals(
        "SPEECH_LANGUAGE_COMMUNICATION",
        ThemeCatalogue.derivedCode("Speech, language & communication"));
    assertEquals("CARE_LEAVERS_18", ThemeCatalogue.derivedCode("  Care-leavers (18+) "));
    assertEquals("ELEVE", ThemeCatalogue.derivedCode("Élève"));
  }

  @Test
  void longNamesAreCutAndNamesWithoutLettersGetAPlaceholder() {
    String code =
        ThemeCatalogue.derivedCode("Transitions from youth to adult services for every child");
    assertEquals("TRANSITIONS_FROM_YOUTH_TO_ADULT_SERV", code);
    assertEquals("THEME", ThemeCatalogue.derivedCode("!!"));
  }
}
