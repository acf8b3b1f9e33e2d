package org.yjtracker.access.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.InvalidInputException;

/** R3 of the access component: roles and memberships constrain each other. */
class AccountTest {

  private final Account account = new Account(" Lead@Example.ORG ", "Lead", "hash");

  @Test
  void emailIsKeptNormalised() {
    assertEquals("lead@example.org", account.getEmail());
  }

  @Test
  void outsideTheInspectorateAnAccountNeedsAnOrganisation() {
    var error =
        assertThrows(
            InvalidInputException.class, () -> account.assign(Set.of(Role.SERVICE_LEAD), Set.of()));
    assertEquals("organisationIds", error.errors().get(0).field());
  }

  @Test
  void inspectorsNeedNoOrganisation() {
    account.assign(Set.of(Role.INSPECTOR), Set.of());
    assertEquals(Set.of(Role.INSPECTOR), account.getRoles());
  }

  @Test
  void anAccountNeedsARole() {
    assertThrows(InvalidInputException.class, () -> account.assign(Set.of(), Set.of()));
  }

  @Test
  void membershipsBecomeTheCallersOrganisations() {
    var service =
        new Organisation(
            OrganisationKind.YJS, "Suffolk Youth Justice Service", Region.EAST_OF_ENGLAND);
    account.assign(Set.of(Role.VIEWER), Set.of(service));
    assertEquals(1, account.getOrganisations().size());
    assertEquals(Set.of(Role.VIEWER), account.getRoles());
  }
}
