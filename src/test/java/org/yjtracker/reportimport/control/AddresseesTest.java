package org.yjtracker.reportimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yjtracker.organisation.entity.OrganisationKind.EDUCATION;
import static org.yjtracker.organisation.entity.OrganisationKind.HEALTH;
import static org.yjtracker.organisation.entity.OrganisationKind.LOCAL_AUTHORITY;
import static org.yjtracker.organisation.entity.OrganisationKind.MANAGEMENT_BOARD;
import static org.yjtracker.organisation.entity.OrganisationKind.OTHER;
import static org.yjtracker.organisation.entity.OrganisationKind.PCC;
import static org.yjtracker.organisation.entity.OrganisationKind.POLICE;
import static org.yjtracker.organisation.entity.OrganisationKind.PROBATION;
import static org.yjtracker.organisation.entity.OrganisationKind.YJS;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Recommendation headings map to the kinds of organisation they address. */
class AddresseesTest {

  @Test
  void theServiceUnderItsManyNames() {
    assertEquals(List.of(YJS), Addressees.of("The Solihull Youth Justice Service should:"));
    assertEquals(List.of(YJS), Addressees.of("The Suffolk youth justice service should:"));
    assertEquals(List.of(YJS), Addressees.of("The YOT service manager should:"));
    assertEquals(List.of(YJS), Addressees.of("The head of service should:"));
  }

  @Test
  void boardsAreTheLocalManagementBoard() {
    assertEquals(List.of(MANAGEMENT_BOARD), Addressees.of("The YOT management board should:"));
    assertEquals(
        List.of(MANAGEMENT_BOARD),
        Addressees.of("The Bexley Youth Justice Management Board should:"));
    assertEquals(
        List.of(MANAGEMENT_BOARD), Addressees.of("The Suffolk YJS partnership board should:"));
    // Not the national Youth Justice Board: a place name makes it the local board.
    assertEquals(
        List.of(MANAGEMENT_BOARD), Addressees.of("The Solihull Youth Justice Board should:"));
    assertEquals(
        List.of(OTHER), Addressees.of("The Youth Justice Board for England and Wales should:"));
  }

  @Test
  void headingsNamingSeveralBodiesGiveSeveralKinds() {
    assertEquals(
        List.of(MANAGEMENT_BOARD, PCC),
        Addressees.of(
            "The Suffolk YJS board and the office for the police and crime commissioner should:"));
    assertEquals(
        List.of(LOCAL_AUTHORITY, EDUCATION),
        Addressees.of(
            "The director of children\u2019s services and the head of education should:"));
    assertEquals(
        List.of(HEALTH, POLICE),
        Addressees.of("The integrated care board and Testshire Police should:"));
  }

  @Test
  void namesWithAndInsideThemStayWhole() {
    assertEquals(
        List.of(LOCAL_AUTHORITY),
        Addressees.of("The director for children and young people should:"));
    assertEquals(List.of(HEALTH), Addressees.of("The Health and Wellbeing Board should:"));
    assertEquals(List.of(PCC), Addressees.of("The Police and Crime Commissioner should:"));
  }

  @Test
  void partnersByName() {
    assertEquals(List.of(POLICE), Addressees.of("Suffolk police:"));
    assertEquals(List.of(POLICE), Addressees.of("The Metropolitan Police should:"));
    assertEquals(List.of(PROBATION), Addressees.of("The Probation Service should:"));
    assertEquals(
        List.of(OTHER), Addressees.of("The local safeguarding children partnership board should:"));
    assertEquals(List.of(OTHER), Addressees.of("Everyone else should:"));
  }
}
