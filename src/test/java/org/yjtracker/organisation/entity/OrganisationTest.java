package org.yjtracker.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/** R2, R3 of the organisation component: the links each kind of organisation needs. */
class OrganisationTest {

  private final Organisation service =
      new Organisation(OrganisationKind.YJS, "Bexley Youth Justice Service", Region.LONDON);
  private final Organisation police =
      new Organisation(OrganisationKind.POLICE, "Metropolitan Police", Region.LONDON);

  @Test
  void boardBelongsToOneService() {
    var board = new Organisation(OrganisationKind.MANAGEMENT_BOARD, "Board", Region.LONDON);
    board.describe(
        OrganisationKind.MANAGEMENT_BOARD, " Bexley board ", Region.LONDON, service, Set.of());
    assertEquals(service, board.getBoardOf());
    assertEquals("Bexley board", board.getName());
  }

  @Test
  void boardWithoutServiceIsRefusedNamingTheField() {
    var board = new Organisation(OrganisationKind.MANAGEMENT_BOARD, "Board", Region.LONDON);
    var error =
        assertThrows(
            InvalidInputException.class,
            () ->
                board.describe(
                    OrganisationKind.MANAGEMENT_BOARD, "Board", Region.LONDON, null, Set.of()));
    assertEquals("boardOfId", error.errors().get(0).field());
  }

  @Test
  void boardCannotBelongToAPartner() {
    var board = new Organisation(OrganisationKind.MANAGEMENT_BOARD, "Board", Region.LONDON);
    assertThrows(
        InvalidInputException.class,
        () ->
            board.describe(
                OrganisationKind.MANAGEMENT_BOARD, "Board", Region.LONDON, police, Set.of()));
  }

  @Test
  void partnerMustServeAtLeastOneService() {
    var error =
        assertThrows(
            InvalidInputException.class,
            () -> police.describe(OrganisationKind.POLICE, "Met", Region.LONDON, null, Set.of()));
    assertEquals(
        new FieldError("servesIds", "A partner must serve at least one service"),
        error.errors().get(0));
  }

  @Test
  void partnerServesOnlyServices() {
    var other = new Organisation(OrganisationKind.HEALTH, "NHS trust", Region.LONDON);
    assertThrows(
        InvalidInputException.class,
        () -> police.describe(OrganisationKind.POLICE, "Met", Region.LONDON, null, Set.of(other)));
  }

  @Test
  void partnerServingServicesIsAccepted() {
    police.describe(OrganisationKind.POLICE, "Met", Region.LONDON, null, Set.of(service));
    assertEquals(1, police.getServes().size());
    assertTrue(OrganisationKind.POLICE.isPartner());
  }

  @Test
  void serviceHasNeitherBoardNorServes() {
    var another = new Organisation(OrganisationKind.YJS, "Another", Region.LONDON);
    var error =
        assertThrows(
            InvalidInputException.class,
            () ->
                another.describe(
                    OrganisationKind.YJS, "Another", Region.LONDON, service, Set.of(service)));
    assertEquals(2, error.errors().size(), "both wrong links are reported at once");
  }
}
