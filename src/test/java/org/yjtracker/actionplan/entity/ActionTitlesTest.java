package org.yjtracker.actionplan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActionTitlesTest {

  @Test
  void aGivenTitleIsKeptWithItsSpacesTidied() {
    assertEquals(
        "Flag children on police systems",
        ActionTitles.of("  Flag children   on police\nsystems ", "Anything"));
  }

  @Test
  void withoutATitleTheDescriptionsFirstShortSentenceIsTheTitle() {
    assertEquals(
        "Train every case manager",
        ActionTitles.of(null, "Train every case manager. Then check a sample of their work."));
    assertEquals("Short description", ActionTitles.of(" ", " Short description "));
  }

  @Test
  void aLongDescriptionIsCutAtAWordWithAnEllipsisNeverMidWord() {
    String text = "assessment ".repeat(20).strip();
    String title = ActionTitles.of(null, text);
    assertTrue(title.length() <= ActionTitles.DERIVED + 1, title);
    assertTrue(title.endsWith("assessment…"), title);
  }

  @Test
  void aTitleNeverExceedsTheColumn() {
    assertTrue(ActionTitles.of(null, "x".repeat(500)).length() <= ActionTitles.MAX);
  }
}
