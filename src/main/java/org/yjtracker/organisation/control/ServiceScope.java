package org.yjtracker.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.organisation.entity.Visibility;

/** Works out what a caller may see from the organisations they belong to. */
@ApplicationScoped
public class ServiceScope {

  @PersistenceContext EntityManager em;

  public Visibility of(Caller caller) {
    if (caller.isInspectorate()) {
      return Visibility.EVERYTHING;
    }
    Set<Long> memberships = caller.organisationIds();
    if (memberships.isEmpty()) {
      return Visibility.NOTHING;
    }
    Set<Long> services = new HashSet<>();
    services.addAll(
        em.createQuery(
                "SELECT o.id FROM Organisation o WHERE o.id IN :ids AND o.kind ="
                    + " org.yjtracker.organisation.entity.OrganisationKind.YJS",
                Long.class)
            .setParameter("ids", memberships)
            .getResultList());
    services.addAll(
        em.createQuery(
                "SELECT o.boardOf.id FROM Organisation o WHERE o.id IN :ids AND o.boardOf IS NOT"
                    + " NULL",
                Long.class)
            .setParameter("ids", memberships)
            .getResultList());
    services.addAll(
        em.createQuery(
                "SELECT s.id FROM Organisation o JOIN o.serves s WHERE o.id IN :ids", Long.class)
            .setParameter("ids", memberships)
            .getResultList());
    Set<Long> visible = new HashSet<>(memberships);
    visible.addAll(services);
    if (!services.isEmpty()) {
      visible.addAll(
          em.createQuery(
                  "SELECT o.id FROM Organisation o LEFT JOIN o.serves s WHERE o.boardOf.id IN"
                      + " :services OR s.id IN :services",
                  Long.class)
              .setParameter("services", services)
              .getResultList());
    }
    return new Visibility(false, services, visible);
  }
}
