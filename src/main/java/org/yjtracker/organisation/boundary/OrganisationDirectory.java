package org.yjtracker.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Visibility;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.control.PagedQuery;
import org.yjtracker.platform.control.RequestBodies;
import org.yjtracker.platform.entity.ResultPage;

/**
 * The organisations directory as callers use it: every read is limited to what the caller may see,
 * every change is checked against their role and recorded in the audit trail.
 */
@ApplicationScoped
@Transactional
public class OrganisationDirectory {

  static final String AUDIT_TYPE = "Organisation";

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject RequestBodies bodies;
  @Inject AuditTrail audit;
  @Inject Event<OrganisationChanged> changed;

  public ResultPage<OrganisationView> search(Caller caller, OrganisationQuery query) {
    Visibility visibility = scope.of(caller);
    if (!visibility.everything() && visibility.organisationIds().isEmpty()) {
      return ResultPage.of(List.of(), query.page(), 0);
    }
    var rows = PagedQuery.of(Organisation.class, "o");
    if (!visibility.everything()) {
      rows.where("o.id IN :visible", "visible", visibility.organisationIds());
    }
    return rows.whereGiven("o.kind IN :kinds", "kinds", query.kinds())
        .whereGiven("o.region = :region", "region", query.region())
        .whereGiven("LOWER(o.name) LIKE :text", "text", Like.containing(query.text()))
        .whereGiven(
            "o.id = :service OR o.boardOf.id = :service OR EXISTS (SELECT s FROM Organisation p"
                + " JOIN p.serves s WHERE p = o AND s.id = :service)",
            "service",
            query.serviceId())
        .page(em, "o.name, o.id", query.page(), OrganisationView::of);
  }

  public OrganisationView find(Caller caller, long id) {
    Visibility visibility = scope.of(caller);
    return detailed(visible(visibility, id), visibility);
  }

  public OrganisationView create(Caller caller, @Valid OrganisationInput input) {
    Visibility visibility = scope.of(caller);
    requireEditor(caller);
    rejectDuplicate(input, null);
    var organisation = new Organisation(input.kindValue(), input.name, input.regionValue());
    describe(organisation, input, visibility, caller);
    em.persist(organisation);
    em.flush();
    audit.created(caller, AUDIT_TYPE, organisation.getId(), OrganisationState.of(organisation));
    return detailed(organisation, visibility);
  }

  public OrganisationView update(Caller caller, long id, OrganisationInput input) {
    Visibility visibility = scope.of(caller);
    Organisation organisation = visible(visibility, id);
    requireEditor(caller);
    // Validated only now: another service's organisation is a 404 whatever the body says.
    bodies.valid(input, "Send the organisation");
    if (input.version == null) {
      throw new InvalidInputException("version", "Send the version you edited");
    }
    if (input.version != organisation.getVersion()) {
      throw new ConflictException(
          "Someone else changed this organisation while you were editing it.",
          "version",
          detailed(organisation, visibility));
    }
    rejectDuplicate(input, organisation.getId());
    var before = OrganisationState.of(organisation);
    describe(organisation, input, visibility, caller);
    em.flush();
    changed.fire(new OrganisationChanged(id));
    audit.updated(caller, AUDIT_TYPE, id, before, OrganisationState.of(organisation));
    return detailed(organisation, visibility);
  }

  /**
   * Whether the caller may change this organisation, by the rules {@link #update} applies:
   * inspectorate staff any, a service lead those of their own services (the service, its board, its
   * partners).
   */
  public boolean mayChange(Caller caller, OrganisationView organisation) {
    if (caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR)) {
      return true;
    }
    if (!caller.hasAnyRole(Role.SERVICE_LEAD)) {
      return false;
    }
    Visibility visibility = scope.of(caller);
    return (organisation.kind() == OrganisationKind.YJS
            && visibility.coversService(organisation.id()))
        || (organisation.boardOf() != null && visibility.coversService(organisation.boardOf().id()))
        || organisation.serves().stream().anyMatch(s -> visibility.coversService(s.id()));
  }

  /** Whether the caller may add a youth justice service (others add boards and partners). */
  public boolean mayAddServices(Caller caller) {
    return caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR);
  }

  /** Only the services a caller can see; the rest are named neither in errors nor answers. */
  public List<OrganisationRef> services(Caller caller) {
    Visibility visibility = scope.of(caller);
    if (!visibility.everything() && visibility.serviceIds().isEmpty()) {
      return List.of();
    }
    var services =
        em.createQuery(
            "SELECT o FROM Organisation o WHERE o.kind ="
                + " org.yjtracker.organisation.entity.OrganisationKind.YJS"
                + (visibility.everything() ? "" : " AND o.id IN :ids")
                + " ORDER BY o.name",
            Organisation.class);
    if (!visibility.everything()) {
      services.setParameter("ids", visibility.serviceIds());
    }
    return services.getResultList().stream().map(OrganisationRef::of).toList();
  }

  Organisation visible(Visibility visibility, long id) {
    return Optional.ofNullable(em.find(Organisation.class, id))
        .filter(o -> visibility.canSee(o.getId()))
        .orElseThrow(() -> new NotFoundException("No organisation with id " + id));
  }

  private OrganisationView detailed(Organisation organisation, Visibility visibility) {
    if (!organisation.isService()) {
      return OrganisationView.of(organisation);
    }
    Organisation board =
        em.createNamedQuery(Organisation.BOARD_OF, Organisation.class)
            .setParameter("serviceId", organisation.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    List<Organisation> partners =
        em
            .createNamedQuery(Organisation.PARTNERS_OF, Organisation.class)
            .setParameter("serviceId", organisation.getId())
            .getResultList()
            .stream()
            .filter(p -> visibility.canSee(p.getId()))
            .toList();
    return OrganisationView.of(organisation, board, partners);
  }

  /**
   * Inspectorate staff edit any organisation; a service lead edits those of their own services and
   * may add partners and a board to them, but not create services.
   */
  private static void requireEditor(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR, Role.SERVICE_LEAD)) {
      throw new ForbiddenException("Your role cannot change the organisations directory.");
    }
  }

  private void describe(
      Organisation organisation, OrganisationInput input, Visibility visibility, Caller caller) {
    boolean inspectorate = caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR);
    if (!inspectorate
        && input.kindValue() == OrganisationKind.YJS
        && organisation.getId() == null) {
      throw new ForbiddenException("Only inspectorate staff add youth justice services.");
    }
    Organisation boardOf = null;
    if (input.boardOfId != null) {
      boardOf = service(input.boardOfId, visibility, "boardOfId");
    }
    Set<Organisation> serves = new LinkedHashSet<>();
    for (Long serviceId : input.servesIdsOrEmpty()) {
      if (serviceId == null) {
        throw new InvalidInputException("servesIds", "Service ids must not be empty");
      }
      serves.add(service(serviceId, visibility, "servesIds"));
    }
    // A service lead does not see every service a shared partner (a police force, say) serves;
    // those links are kept as they are rather than silently dropped.
    if (organisation.getId() != null && !visibility.everything()) {
      organisation.getServes().stream()
          .filter(s -> !visibility.coversService(s.getId()))
          .forEach(serves::add);
    }
    // Without any link there is nothing to check ownership by: the organisation's own rules then
    // say which link is missing (a board's service, a partner's services), as a field error.
    boolean linked =
        boardOf != null || !serves.isEmpty() || input.kindValue() == OrganisationKind.YJS;
    if (!inspectorate && linked) {
      boolean ownService =
          (input.kindValue() == OrganisationKind.YJS
                  && visibility.coversService(organisation.getId()))
              || (boardOf != null && visibility.coversService(boardOf.getId()))
              || serves.stream().anyMatch(s -> visibility.coversService(s.getId()));
      if (!ownService) {
        throw new ForbiddenException("You can only change organisations of your own services.");
      }
    }
    organisation.describe(input.kindValue(), input.name, input.regionValue(), boardOf, serves);
  }

  private Organisation service(long id, Visibility visibility, String field) {
    return Optional.ofNullable(em.find(Organisation.class, id))
        .filter(o -> visibility.canSee(o.getId()))
        .filter(Organisation::isService)
        .orElseThrow(
            () -> new InvalidInputException(field, "No youth justice service with id " + id));
  }

  private void rejectDuplicate(OrganisationInput input, Long ownId) {
    em.createNamedQuery(Organisation.BY_KIND_AND_NAME, Organisation.class)
        .setParameter("kind", input.kindValue())
        .setParameter("name", input.name.strip())
        .getResultStream()
        .filter(existing -> !existing.getId().equals(ownId))
        .findFirst()
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "There is already a "
                      + input.kindValue().label().toLowerCase(Locale.ROOT)
                      + " called "
                      + input.name.strip(),
                  "name",
                  null);
            });
  }
}
