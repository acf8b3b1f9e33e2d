package org.yjtracker.web.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.access.entity.Role;

class PageTest {

  @Test
  void pathsFindTheirPages() {
    assertEquals(Optional.of(Page.IMPORT_NEW), Page.at("/imports/new"));
    assertEquals(Optional.of(Page.IMPORT), Page.at("/imports/5"));
    assertEquals(Optional.empty(), Page.at("/imports"));
    assertEquals(Optional.empty(), Page.at("/imports/5/edit"));
    assertEquals(Optional.of(Page.PLAN_IMPORT), Page.at("/plans/5/import"));
    assertEquals(Optional.empty(), Page.at("/plans/5/actions"));
    assertEquals(Optional.empty(), Page.at("/actions/new"));
  }

  @Test
  void adminPagesAreForAdmins() {
    assertTrue(Page.IMPORT_NEW.allows(Set.of(Role.INSPECTOR)));
    assertTrue(Page.IMPORT.allows(Set.of(Role.INSPECTORATE_ADMIN)));
    assertFalse(Page.IMPORT_NEW.allows(Set.of(Role.SERVICE_LEAD)));
    assertFalse(Page.IMPORT.allows(Set.of(Role.VIEWER)));
    assertTrue(Page.Section.PLANS.shownTo(Set.of(Role.PARTNER)));
    assertTrue(Page.Section.THEMES.shownTo(Set.of(Role.BOARD_MEMBER)));
    assertTrue(Page.Section.DASHBOARD.shownTo(Set.of(Role.INSPECTORATE_ADMIN)));
    assertFalse(Page.Section.DASHBOARD.shownTo(Set.of(Role.BOARD_MEMBER)));
  }

  @Test
  void everyPageOfOneRecordNamesItsTableSoAMissingRecordIsNotFound() {
    assertEquals(
        Optional.of(new Page.RecordRef("inspection", 99999)), Page.recordIn("/inspections/99999"));
    assertEquals(
        Optional.of(new Page.RecordRef("plan_action", 5)), Page.recordIn("/actions/5/edit"));
    assertEquals(
        Optional.of(new Page.RecordRef("action_plan", 3)), Page.recordIn("/plans/3/actions/new"));
    assertEquals(Optional.empty(), Page.recordIn("/inspections/new"));
    assertEquals(Optional.empty(), Page.recordIn("/inspections"));
    for (Page page : Page.values()) {
      String example = page.examplePath();
      if (example.contains("/1")) {
        assertTrue(Page.recordIn(example).isPresent(), page + " names no record table");
      }
    }
  }
}
