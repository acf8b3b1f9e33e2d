package org.yjtracker.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.yjtracker.access.boundary.AccountInput;
import org.yjtracker.access.boundary.AccountRegistry;
import org.yjtracker.access.entity.Account;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.demo.entity.DemoOrganisation;
import org.yjtracker.demo.entity.DemoUser;
import org.yjtracker.inspection.boundary.InspectionRecords;
import org.yjtracker.organisation.boundary.OrganisationDirectory;
import org.yjtracker.organisation.boundary.OrganisationInput;
import org.yjtracker.organisation.boundary.OrganisationQuery;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.reportimport.boundary.OwnerSuggestions;
import org.yjtracker.reportimport.control.DraftToInspection;
import org.yjtracker.reportimport.control.ReportParser;
import org.yjtracker.reportimport.entity.ParsedReport;
import org.yjtracker.theme.boundary.ThemeConfirmations;

/**
 * Puts the demo table into the database through the organisation and account facades, as {@link
 * Caller#SYSTEM}, in one transaction: the facades join it, so a failing row rolls back every row
 * (and every audit entry) before it.
 */
@ApplicationScoped
@Transactional
public class DemoLoader {

  /** What was loaded. */
  public record Loaded(int organisations, int accounts, int inspections) {}

  /** The sample reports, named after the source column of the services in the table. */
  static final String REPORTS = "/demo/reports/";

  /** The two most recent sample inspections get an active improvement plan with a history. */
  static final Set<String> WITH_PLANS = Set.of("bexley-2024", "solihull-2023");

  /**
   * The next most recent gets a draft plan, late and waiting for its board's endorsement: Suffolk
   * has a demo service lead and a demo board member to see it.
   */
  static final String WITH_DRAFT_PLAN = "suffolk-2023";

  /**
   * The roles whose organisations' last action in a demo plan falls due soon, so that the demo
   * service lead and partner each find one on their start page.
   */
  static final Set<Role> LEADING_ROLES = Set.of(Role.SERVICE_LEAD, Role.PARTNER);

  @PersistenceContext EntityManager em;
  @Inject OrganisationDirectory directory;
  @Inject InspectionRecords inspections;
  @Inject OwnerSuggestions suggestions;
  @Inject AccountRegistry registry;
  @Inject ThemeConfirmations themes;
  @Inject DemoPlans plans;
  @Inject Clock clock;

  /** Whether anybody (or an earlier demo load) has put organisations in the database. */
  public boolean hasOrganisations() {
    return directory
            .search(
                Caller.SYSTEM, new OrganisationQuery(null, null, null, null, new PageRequest(1, 1)))
            .total()
        > 0;
  }

  /**
   * Loads the table if the database has no organisations yet; answers null if it had some. The
   * check and the load are one transaction of their own, committed or rolled back before this
   * returns, whatever transaction the caller is in.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Loaded loadIfEmpty(DemoTable table) {
    if (hasOrganisations()) {
      return null;
    }
    Map<String, Long> ids = new HashMap<>();
    for (DemoOrganisation row : table.organisations()) {
      ids.put(
          row.key(), inRow(row.key(), () -> directory.create(Caller.SYSTEM, input(row, ids)).id()));
    }
    for (DemoUser user : table.users()) {
      List<Long> organisations =
          user.organisationKey() == null ? List.of() : List.of(ids.get(user.organisationKey()));
      var input =
          new AccountInput(
              user.email(),
              user.displayName(),
              Set.of(user.role().name()),
              organisations,
              true,
              user.password(),
              null);
      inRow(user.email(), () -> registry.create(Caller.SYSTEM, input));
    }
    Set<Long> dueSoonLeads =
        table.users().stream()
            .filter(u -> LEADING_ROLES.contains(u.role()) && u.organisationKey() != null)
            .map(u -> ids.get(u.organisationKey()))
            .collect(Collectors.toSet());
    LocalDate today = LocalDate.now(clock);
    int inspections = 0;
    List<Long> recorded = new ArrayList<>();
    for (DemoOrganisation row : table.organisations()) {
      if (row.kind() == OrganisationKind.YJS) {
        Optional<String> report = reportText(row.source());
        if (report.isPresent()) {
          long inspection = inRow(row.source(), () -> record(report.get(), ids.get(row.key())));
          recorded.add(inspection);
          if (WITH_PLANS.contains(row.source())) {
            plans.write(inspection, author(table, row), today, dueSoonLeads);
          } else if (WITH_DRAFT_PLAN.equals(row.source())) {
            plans.writeDraft(inspection, author(table, row), today);
          }
          inspections++;
        }
      }
    }
    confirmSuggestedThemes(table, recorded);
    return new Loaded(table.organisations().size(), table.users().size(), inspections);
  }

  /** The themes the words suggest, confirmed by the demo inspector, so theme pages have data. */
  private void confirmSuggestedThemes(DemoTable table, List<Long> inspectionIds) {
    table.users().stream()
        .filter(u -> u.role() == Role.INSPECTOR)
        .findFirst()
        .flatMap(
            u ->
                em.createNamedQuery(Account.BY_EMAIL, Account.class)
                    .setParameter("email", u.email())
                    .getResultStream()
                    .findFirst())
        .map(
            a ->
                new Caller(
                    a.getId(),
                    a.getEmail(),
                    a.getDisplayName(),
                    a.getRoles(),
                    Set.of(),
                    Caller.AuthMethod.NONE))
        .ifPresent(
            inspector -> inspectionIds.forEach(id -> themes.confirmSuggested(inspector, id)));
  }

  /**
   * A sample report read as an import would read it, owned by the service's board and partners of
   * the kinds it addresses, and published.
   */
  private long record(String text, long serviceId) {
    ParsedReport draft = new ReportParser().parse(text);
    Organisation service = em.find(Organisation.class, serviceId);
    Map<Integer, List<Long>> owners = new HashMap<>();
    for (JsonObject suggestion : suggestions.owners(draft, service).getValuesAs(JsonObject.class)) {
      owners.put(
          suggestion.getInt("number"),
          suggestion.getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
              .map(c -> c.getJsonNumber("id").longValue())
              .toList());
    }
    long id =
        inspections.create(Caller.SYSTEM, DraftToInspection.of(draft, serviceId, owners)).id();
    inspections.publish(Caller.SYSTEM, id, null);
    return id;
  }

  /**
   * The service's demo lead writes its plan; a service without one has it written by the system.
   */
  private static String author(DemoTable table, DemoOrganisation service) {
    return table.users().stream()
        .filter(u -> service.key().equals(u.organisationKey()) && u.role() == Role.SERVICE_LEAD)
        .map(DemoUser::email)
        .findFirst()
        .orElse(Caller.SYSTEM.email());
  }

  private static Optional<String> reportText(String source) {
    if (source == null || !source.matches("[a-z]+-[0-9]{4}")) {
      return Optional.empty();
    }
    try (InputStream in = DemoLoader.class.getResourceAsStream(REPORTS + source + ".txt")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The demo accounts that exist and are active, whatever the demo setting is now. */
  public List<String> activeDemoAccounts(DemoTable table) {
    return registry.activeAmong(table.users().stream().map(DemoUser::email).toList());
  }

  private static OrganisationInput input(DemoOrganisation row, Map<String, Long> ids) {
    List<Long> links = row.links().stream().map(ids::get).toList();
    Long boardOf = null;
    List<Long> serves = links;
    if (row.kind() == OrganisationKind.MANAGEMENT_BOARD) {
      if (links.size() != 1) {
        throw new IllegalArgumentException(
            "Demo board " + row.key() + " must link to exactly one service, not " + links.size());
      }
      boardOf = links.get(0);
      serves = List.of();
    }
    return new OrganisationInput(
        row.kind().name(), row.name(), row.region().name(), boardOf, serves, null);
  }

  /** The facades validate; this only says which row of the table was refused. */
  private static <T> T inRow(String row, Supplier<T> load) {
    try {
      return load.get();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Demo row " + row + " was refused: " + e.getMessage(), e);
    }
  }
}
