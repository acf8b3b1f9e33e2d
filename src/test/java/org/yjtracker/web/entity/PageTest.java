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
    assertEquals(Optional.of(Page.ORGANISATIONS), Page.at("/organisations"));
    assertEquals(Optional.of(Page.ORGANISATION_NEW), Page.at("/organisations/new"));
    assertEquals(Optional.of(Page.ORGANISATION), Page.at("/organisations/12"));
    assertEquals(Optional.of(Page.ORGANISATION_EDIT), Page.at("/organisations/12/edit"));
    assertEquals(Optional.empty(), Page.at("/organisations/0"));
    assertEquals(Optional.empty(), Page.at("/organisations/abc"));
    assertEquals(Optional.of(Page.INSPECTION_NEW), Page.at("/inspections/new"));
    assertEquals(Optional.of(Page.INSPECTION), Page.at("/inspections/7"));
    assertEquals(Optional.of(Page.INSPECTION_EDIT), Page.at("/inspections/7/edit"));
    assertEquals(Optional.of(Page.INSPECTION_COMPARISON), Page.at("/inspections/7/comparison"));
    assertEquals(Optional.of(Page.SERVICE), Page.at("/services/3"));
    assertEquals(Optional.of(Page.SERVICE_DASHBOARD), Page.at("/services/3/dashboard"));
    assertEquals(Optional.of(Page.DASHBOARD), Page.at("/dashboard"));
    assertEquals(Optional.empty(), Page.at("/imports"));
    assertEquals(Optional.empty(), Page.at("/imports/5/edit"));
    assertEquals(Optional.empty(), Page.at("/plans/5/actions"));
    assertEquals(Optional.empty(), Page.at("/actions/new"));
    assertEquals(Optional.of(Page.THEMES), Page.at("/themes"));
    assertEquals(Optional.of(Page.THEME_NEW), Page.at("/themes/new"));
    assertEquals(Optional.of(Page.THEME), Page.at("/themes/4"));
    assertEquals(Optional.of(Page.THEME_EDIT), Page.at("/themes/4/edit"));
    assertEquals(Optional.of(Page.INSPECTION_THEMES), Page.at("/inspections/7/themes"));
  }

  @Test
  void adminPagesAreForAdmins() {
    assertFalse(Page.AUDIT.allows(Set.of(Role.INSPECTOR)));
    assertTrue(Page.AUDIT.allows(Set.of(Role.INSPECTORATE_ADMIN)));
    assertTrue(Page.ORGANISATIONS.allows(Set.of(Role.PARTNER)));
    assertFalse(Page.INSPECTION_NEW.allows(Set.of(Role.SERVICE_LEAD)));
    assertTrue(Page.INSPECTION_NEW.allows(Set.of(Role.INSPECTOR)));
    assertTrue(Page.INSPECTION.allows(Set.of(Role.VIEWER)));
    assertTrue(Page.Section.PLANS.shownTo(Set.of(Role.PARTNER)));
    assertTrue(Page.THEMES.allows(Set.of(Role.PARTNER)));
    assertTrue(Page.THEME.allows(Set.of(Role.VIEWER)));
    assertTrue(Page.Section.THEMES.shownTo(Set.of(Role.BOARD_MEMBER)));
    assertFalse(Page.THEME_EDIT.allows(Set.of(Role.INSPECTOR)));
    assertTrue(Page.THEME_NEW.allows(Set.of(Role.INSPECTORATE_ADMIN)));
    assertTrue(Page.INSPECTION_THEMES.allows(Set.of(Role.INSPECTOR)));
    assertFalse(Page.INSPECTION_THEMES.allows(Set.of(Role.SERVICE_LEAD)));
    assertTrue(Page.DASHBOARD.allows(Set.of(Role.INSPECTOR)));
    assertFalse(Page.DASHBOARD.allows(Set.of(Role.SERVICE_LEAD)));
    assertTrue(Page.Section.DASHBOARD.shownTo(Set.of(Role.INSPECTORATE_ADMIN)));
    assertFalse(Page.Section.DASHBOARD.shownTo(Set.of(Role.BOARD_MEMBER)));
    assertTrue(Page.SERVICE_DASHBOARD.allows(Set.of(Role.PARTNER)));
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
