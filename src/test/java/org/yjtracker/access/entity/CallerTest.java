package org.yjtracker.access.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void inspectorateRolesSeeEverything() {
    assertTrue(caller(Role.INSPECTOR).isInspectorate());
    assertTrue(caller(Role.INSPECTORATE_ADMIN).isInspectorate());
    assertFalse(caller(Role.SERVICE_LEAD, Role.VIEWER).isInspectorate());
  }

  @Test
  void onlyCookieSessionsNeedACsrfToken() {
    assertTrue(
        new Caller(1, "a", "A", Set.of(), Set.of(), Caller.AuthMethod.SESSION).needsCsrfToken());
    assertFalse(
        new Caller(1, "a", "A", Set.of(), Set.of(), Caller.AuthMethod.BASIC).needsCsrfToken());
    assertFalse(
        new Caller(1, "a", "A", Set.of(), Set.of(), Caller.AuthMethod.TOKEN).needsCsrfToken());
  }

  private static Caller caller(Role... roles) {
    return new Caller(1, "a@x", "A", Set.of(roles), Set.of(7L), Caller.AuthMethod.BASIC);
  }
}
