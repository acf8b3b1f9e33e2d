package org.yjtracker.demo.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjtracker.access.control.PasswordPolicy;
import org.yjtracker.access.entity.Role;
import org.yjtracker.demo.entity.DemoOrganisation;
import org.yjtracker.demo.entity.DemoUser;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

class DemoTableTest {

  static final DemoTable TABLE = DemoTable.load();

  /** The services of the sample reports (shared/reports), by key of the demo table. */
  static final Map<String, String> SERVICES =
      Map.of(
          "bexley", "Bexley Youth Justice Service",
          "sandwell", "Sandwell Youth Offending Service",
          "solihull", "Solihull Youth Justice Service",
          "suffolk", "Suffolk Youth Justice Service",
          "wolverhampton", "Wolverhampton Youth Offending Team");

  static final Map<String, Region> REGIONS =
      Map.of(
          "bexley", Region.LONDON,
          "sandwell", Region.WEST_MIDLANDS,
          "solihull", Region.WEST_MIDLANDS,
          "suffolk", Region.EAST_OF_ENGLAND,
          "wolverhampton", Region.WEST_MIDLANDS);

  /**
   * Who the recommendations (or areas requiring improvement) of each report are addressed to, from
   * the "addressees" of shared/reports/expected/*.json.
   */
  static final Map<String, Set<OrganisationKind>> ADDRESSEES =
      Map.of(
          "bexley",
          EnumSet.of(
              OrganisationKind.MANAGEMENT_BOARD, OrganisationKind.YJS, OrganisationKind.POLICE),
          "sandwell",
          EnumSet.of(OrganisationKind.YJS),
          "solihull",
          EnumSet.of(OrganisationKind.YJS, OrganisationKind.MANAGEMENT_BOARD),
          "suffolk",
          EnumSet.of(
              OrganisationKind.YJS,
              OrganisationKind.LOCAL_AUTHORITY,
              OrganisationKind.POLICE,
              OrganisationKind.MANAGEMENT_BOARD,
              OrganisationKind.PCC),
          "wolverhampton",
          EnumSet.of(OrganisationKind.MANAGEMENT_BOARD, OrganisationKind.YJS));

  @Test
  void theServicesAreTheFiveOfTheSampleReports() {
    List<DemoOrganisation> services = ofKind(OrganisationKind.YJS);
    assertEquals(SERVICES.keySet(), keys(services));
    for (DemoOrganisation service : services) {
      assertEquals(SERVICES.get(service.key()), service.name(), service.key());
      assertEquals(REGIONS.get(service.key()), service.region(), service.key());
      assertTrue(service.links().isEmpty(), service.key() + " is a service and links to nothing");
    }
  }

  @Test
  void everyServiceHasExactlyOneBoardInItsRegion() {
    List<DemoOrganisation> boards = ofKind(OrganisationKind.MANAGEMENT_BOARD);
    for (DemoOrganisation board : boards) {
      assertEquals(1, board.links().size(), board.key() + " belongs to one service");
      String service = board.links().get(0);
      assertTrue(SERVICES.containsKey(service), board.key() + " belongs to a service");
      assertEquals(REGIONS.get(service), board.region(), board.key());
    }
    Map<String, Long> boardsPerService =
        boards.stream()
            .collect(Collectors.groupingBy(b -> b.links().get(0), Collectors.counting()));
    assertEquals(
        SERVICES.keySet().stream().collect(Collectors.toMap(Function.identity(), s -> 1L)),
        boardsPerService);
  }

  @Test
  void everyPartnerServesAtLeastOneOfTheServices() {
    List<DemoOrganisation> partners =
        TABLE.organisations().stream().filter(o -> o.kind().isPartner()).toList();
    assertFalse(partners.isEmpty());
    for (DemoOrganisation partner : partners) {
      assertFalse(partner.links().isEmpty(), partner.key() + " serves a service");
      assertTrue(
          SERVICES.keySet().containsAll(partner.links()),
          partner.key() + " serves only services: " + partner.links());
      assertEquals(
          partner.links().size(),
          new HashSet<>(partner.links()).size(),
          partner.key() + " names a service twice");
    }
  }

  @Test
  void namesAreUniqueWithinTheirKindAndFitTheDirectory() {
    for (OrganisationKind kind : OrganisationKind.values()) {
      List<String> names = ofKind(kind).stream().map(DemoOrganisation::name).toList();
      assertEquals(names.size(), new HashSet<>(names).size(), "names of " + kind + ": " + names);
    }
    TABLE
        .organisations()
        .forEach(o -> assertTrue(o.name().length() <= 200, o.key() + " name too long"));
  }

  @Test
  void everyAddresseeOfTheReportsHasAnOrganisationForItsService() {
    assertEquals(SERVICES.keySet(), ADDRESSEES.keySet());
    ADDRESSEES.forEach(
        (service, kinds) ->
            kinds.forEach(
                kind ->
                    assertFalse(
                        linkedTo(service, kind).isEmpty(),
                        "no " + kind + " for " + service + ", which a recommendation addresses")));
  }

  @Test
  void namedPartnersServeTheRightServices() {
    assertAll(
        () -> assertServes("Metropolitan Police", OrganisationKind.POLICE, "bexley"),
        () -> assertServes("London Borough of Bexley", OrganisationKind.LOCAL_AUTHORITY, "bexley"),
        () -> assertServes("Suffolk Constabulary", OrganisationKind.POLICE, "suffolk"),
        () ->
            assertServes("Suffolk Police and Crime Commissioner", OrganisationKind.PCC, "suffolk"),
        () ->
            assertServes(
                "Suffolk County Council children and young people's services",
                OrganisationKind.LOCAL_AUTHORITY,
                "suffolk"),
        () ->
            assertServes(
                "West Midlands Police",
                OrganisationKind.POLICE,
                "sandwell",
                "solihull",
                "wolverhampton"),
        () ->
            assertServes(
                "West Midlands Police and Crime Commissioner",
                OrganisationKind.PCC,
                "sandwell",
                "solihull",
                "wolverhampton"));
    for (String service : List.of("sandwell", "solihull", "wolverhampton")) {
      assertEquals(
          1, linkedTo(service, OrganisationKind.LOCAL_AUTHORITY).size(), service + " council");
    }
    assertFalse(ofKind(OrganisationKind.HEALTH).isEmpty(), "a health body the reports name");
    assertFalse(ofKind(OrganisationKind.EDUCATION).isEmpty(), "an education body the reports name");
  }

  @Test
  void everyRoleHasADemoUserAndSuffolkALeadAndBoardMemberForItsDraftPlan() {
    Map<String, DemoUser> byEmail =
        TABLE.users().stream().collect(Collectors.toMap(DemoUser::email, Function.identity()));
    assertEquals(
        EnumSet.allOf(Role.class),
        TABLE.users().stream().map(DemoUser::role).collect(Collectors.toSet()),
        "a user for every role");
    assertEquals(8, TABLE.users().size(), "one per role, and Suffolk's lead and board member");
    assertUser(byEmail, "demo-admin@tracker.local", Role.INSPECTORATE_ADMIN, null);
    assertUser(byEmail, "inspector@tracker.local", Role.INSPECTOR, null);
    assertUser(
        byEmail, "lead.bexley@tracker.local", Role.SERVICE_LEAD, "Bexley Youth Justice Service");
    assertUser(
        byEmail,
        "board.bexley@tracker.local",
        Role.BOARD_MEMBER,
        "Bexley Youth Justice Management Board");
    assertUser(byEmail, "partner.met@tracker.local", Role.PARTNER, "Metropolitan Police");
    assertUser(
        byEmail, "lead.suffolk@tracker.local", Role.SERVICE_LEAD, "Suffolk Youth Justice Service");
    assertUser(
        byEmail, "board.suffolk@tracker.local", Role.BOARD_MEMBER, "Suffolk YJS Partnership Board");
    assertUser(
        byEmail, "viewer.suffolk@tracker.local", Role.VIEWER, "Suffolk Youth Justice Service");
    Map<String, String> names =
        TABLE.organisations().stream()
            .collect(Collectors.toMap(DemoOrganisation::key, DemoOrganisation::name));
    for (DemoUser user : TABLE.users()) {
      List<String> services =
          user.organisationKey() == null ? List.of() : List.of(names.get(user.organisationKey()));
      PasswordPolicy.standard().check(user.password(), user.email(), user.email(), services);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s,YJS,A service,LONDON,,x\ns,YJS,Another service,LONDON,,x|used twice",
        "p,POLICE,A force,LONDON,nowhere,x|does not name a row above",
        "p,POLICE,A force,LONDON,s,x\ns,YJS,A service,LONDON,,x|does not name a row above",
        "s,SERVICE,A service,LONDON,,x|unknown kind 'SERVICE'",
        "s,YJS,A service,LONDON|expected 6 fields",
        "s,YJS,,LONDON,,x|name is empty",
        "s,YJS,A service,MIDLANDS,,x|unknown region 'MIDLANDS'"
      })
  void malformedOrganisationRowsAreRejectedWithTheirLine(String rowsAndMessage) {
    String[] parts = rowsAndMessage.split("\\|");
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse("# comment\n" + DemoTable.ORGANISATIONS_HEADER + "\n" + parts[0], ""));
    assertTrue(error.getMessage().contains(parts[1]), error.getMessage());
    assertTrue(error.getMessage().contains(DemoTable.ORGANISATIONS + " line "), error.getMessage());
  }

  @Test
  void usersMustNameAKnownOrganisationAndRole() {
    String organisations = DemoTable.ORGANISATIONS_HEADER + "\ns,YJS,A service,LONDON,,x";
    var unknownOrganisation =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(organisations, "a@b.c,A,VIEWER,t,demo-password-1"));
    assertTrue(unknownOrganisation.getMessage().contains("'t' is not a key"));
    var unknownRole =
        assertThrows(
            IllegalArgumentException.class,
            () -> parse(organisations, "a@b.c,A,READER,s,demo-password-1"));
    assertTrue(unknownRole.getMessage().contains("unknown role 'READER'"));
    DemoTable ok = parse(organisations, "a@b.c,A,VIEWER,s,demo-password-1");
    assertEquals("s", ok.users().get(0).organisationKey());
  }

  @Test
  void theLastFieldMayContainCommasAndLinksAreSpaceSeparated() {
    DemoTable table =
        parse(
            DemoTable.ORGANISATIONS_HEADER
                + "\na,YJS,A,LONDON,,x\nb,YJS,B,LONDON,,y\np,POLICE,P,LONDON, a  b ,one, two",
            "");
    DemoOrganisation partner = table.organisation("p").orElseThrow();
    assertEquals(List.of("a", "b"), partner.links());
    assertEquals("one, two", partner.source());
  }

  private static DemoTable parse(String organisations, String users) {
    try {
      return DemoTable.parse(
          new StringReader(organisations), new StringReader(DemoTable.USERS_HEADER + "\n" + users));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertServes(String name, OrganisationKind kind, String... services) {
    DemoOrganisation organisation =
        ofKind(kind).stream()
            .filter(o -> o.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + kind + " called " + name));
    assertEquals(Set.of(services), Set.copyOf(organisation.links()), name);
  }

  private static void assertUser(
      Map<String, DemoUser> byEmail, String email, Role role, String org) {
    DemoUser user = byEmail.get(email);
    assertNotNull(user, email);
    assertEquals(role, user.role(), email);
    if (org == null) {
      assertEquals(null, user.organisationKey(), email + " is inspectorate and in no organisation");
    } else {
      assertEquals(
          org, TABLE.organisation(user.organisationKey()).orElseThrow().name(), email + " member");
    }
  }

  /** Organisations of the kind that are, belong to or serve the service. */
  private static List<DemoOrganisation> linkedTo(String service, OrganisationKind kind) {
    return ofKind(kind).stream()
        .filter(o -> o.key().equals(service) || o.links().contains(service))
        .toList();
  }

  private static List<DemoOrganisation> ofKind(OrganisationKind kind) {
    return TABLE.organisations().stream().filter(o -> o.kind() == kind).toList();
  }

  private static Set<String> keys(List<DemoOrganisation> organisations) {
    return organisations.stream().map(DemoOrganisation::key).collect(Collectors.toSet());
  }
}
