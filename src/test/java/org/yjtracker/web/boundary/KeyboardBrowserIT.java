package org.yjtracker.web.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.yjtracker.testsupport.Api;
import org.yjtracker.testsupport.Browser;
import org.yjtracker.testsupport.PlanWorld;

/**
 * A partner's monthly journey by keyboard alone, in Chromium: skip to the content, sign in, find
 * "My actions" in the navigation, open the action and report progress. Nothing is clicked; every
 * step is Tab, Shift+Tab, Space, Enter or typing, and each control that takes the focus shows it.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardBrowserIT {

  /** More tab stops than this before a control means it is buried. */
  static final int MAX_TABS = 40;

  @ArquillianResource URL base;

  @Test
  void aPartnerSignsInFindsTheirActionAndReportsProgressWithTheKeyboardAlone() {
    PlanWorld world = PlanWorld.make(base);
    try (Browser browser = Browser.open(base)) {
      browser.go("/signin");
      // The first tab stop is GOV.UK's skip link; it moves the focus to the content.
      press(browser, Keys.TAB);
      WebElement skip = focused(browser);
      assertEquals("Skip to main content", skip.getText());
      press(browser, Keys.ENTER);
      assertEquals("main-content", focused(browser).getAttribute("id"));

      tabTo(browser, e -> "email".equals(e.getAttribute("id")));
      type(browser, world.partner());
      tabTo(browser, e -> "password".equals(e.getAttribute("id")));
      type(browser, Api.PASSWORD);
      press(browser, Keys.ENTER);
      browser.find(By.id("signed-in-as"));

      tabTo(browser, e -> "My actions".equals(e.getText()));
      assertFocusShows(browser);
      press(browser, Keys.ENTER);
      browser.visible("my-actions-table");
      tabTo(browser, e -> ("my-action-" + world.action()).equals(e.getAttribute("id")));
      press(browser, Keys.ENTER);
      browser.visible("update-form");

      // The update form comes early, not after every older update's buttons.
      int tabs = tabTo(browser, e -> "narrative".equals(e.getAttribute("id")));
      assertTrue(tabs <= 25, "the narrative box is tab stop " + tabs);
      type(browser, "Half the custody sergeants trained; the rest booked for March.");
      tabTo(browser, e -> "radio".equals(e.getAttribute("type")));
      // Arrow keys move between the radios of a group; Space chooses the focused one.
      press(browser, Keys.ARROW_DOWN);
      WebElement rag = focused(browser);
      press(browser, Keys.SPACE);
      assertTrue(rag.isSelected(), "the RAG chosen with the keyboard");
      tabTo(browser, e -> "save-update".equals(e.getAttribute("id")));
      assertFocusShows(browser);
      press(browser, Keys.ENTER);

      browser.waitForText("flash", "Your update has been added");
      assertTrue(
          browser
              .visible("update-history")
              .getText()
              .contains("Half the custody sergeants trained"));
      // Back again with Shift+Tab: the focus moves backwards through the page too.
      WebElement before = focused(browser);
      new Actions(browser.driver())
          .keyDown(Keys.SHIFT)
          .sendKeys(Keys.TAB)
          .keyUp(Keys.SHIFT)
          .perform();
      assertNotEquals(before, focused(browser));
    }
  }

  /** Presses Tab until the focused element is the one wanted; how many presses it took. */
  private static int tabTo(Browser browser, Predicate<WebElement> wanted) {
    for (int tabs = 1; tabs <= MAX_TABS; tabs++) {
      press(browser, Keys.TAB);
      if (wanted.test(focused(browser))) {
        return tabs;
      }
    }
    throw new AssertionError(
        "Not reached in " + MAX_TABS + " tab stops; the focus is on " + describe(focused(browser)));
  }

  private static void press(Browser browser, CharSequence key) {
    new Actions(browser.driver()).sendKeys(key).perform();
  }

  private static void type(Browser browser, String text) {
    new Actions(browser.driver()).sendKeys(text).perform();
  }

  private static WebElement focused(Browser browser) {
    return browser.driver().switchTo().activeElement();
  }

  /** GOV.UK's focus state: a yellow outline or background on the focused control. */
  private static void assertFocusShows(Browser browser) {
    WebElement element = focused(browser);
    String outline = element.getCssValue("outline-style");
    String background = element.getCssValue("background-color");
    String shadow = element.getCssValue("box-shadow");
    assertTrue(
        !"none".equals(outline) || background.contains("255, 221, 0") || !"none".equals(shadow),
        () -> "No visible focus on " + describe(element));
  }

  private static String describe(WebElement element) {
    return element.getTagName() + "#" + element.getAttribute("id") + " '" + element.getText() + "'";
  }
}
