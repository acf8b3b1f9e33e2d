package org.yjtracker.web.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.access.entity.Role;

class SectionTest {

  @Test
  void theNavigationShowsEachRoleOnlyTheSectionsItMayUse() {
    assertTrue(Section.PLANS.shownTo(Set.of(Role.PARTNER)));
    assertTrue(Section.THEMES.shownTo(Set.of(Role.BOARD_MEMBER)));
    assertTrue(Section.DASHBOARD.shownTo(Set.of(Role.INSPECTORATE_ADMIN)));
    assertFalse(Section.DASHBOARD.shownTo(Set.of(Role.BOARD_MEMBER)));
    assertFalse(Section.AUDIT.shownTo(Set.of(Role.INSPECTOR)));
    assertTrue(Section.AUDIT.shownTo(Set.of(Role.INSPECTORATE_ADMIN)));
    assertFalse(Section.USERS.shownTo(Set.of(Role.VIEWER)));
  }
}
