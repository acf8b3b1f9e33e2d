package org.yjtracker.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.boundary.PlanProgressChanged;
import org.yjtracker.actionplan.control.PlanFigures;
import org.yjtracker.dashboard.control.NationalEntries;
import org.yjtracker.dashboard.control.NationalSql.Statement;
import org.yjtracker.dashboard.control.NationalWrites;
import org.yjtracker.dashboard.entity.NationalEntry;
import org.yjtracker.dashboard.entity.NationalEntry.Published;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.boundary.InspectionChanged;
import org.yjtracker.inspection.entity.DatePrecision;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.boundary.OrganisationChanged;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.theme.boundary.ThemesConfirmed;

/**
 * Keeps the national table ({@code national_service} and its filter rows) true, in the transaction
 * of every write that changes what a row shows: a plan's progress (actionplan's {@link
 * PlanProgressChanged}), a published inspection, an organisation's name or region, a confirmed
 * theme. It reads the plan's figures through {@link PlanProgress} and the inspections,
 * organisations and themes through their entities; it writes no table but its own.
 *
 * <p>Every change of a row first locks it, then reads what it is made of: two writers of one
 * service's row take turns, and the later one (read committed) works from what the earlier
 * committed, so neither overwrites the other's figures with older ones.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class NationalRows {

  /** Services worked out in one transaction by a rebuild or a catch-up. */
  static final int BATCH = 200;

  @PersistenceContext EntityManager em;
  @Inject PlanProgress progress;

  /**
   * Until the start-up check has run ({@link NationalUpkeep}), writes made by the start-up itself
   * (demo data, actionplan's back-fill of thousands of plans) leave their rows to it.
   */
  private volatile boolean started;

  private volatile boolean missed;

  /** From now on every write keeps its rows; answers whether a write before left one to do. */
  @Transactional(TxType.SUPPORTS)
  public boolean start() {
    started = true;
    return missed;
  }

  void planProgressChanged(@Observes PlanProgressChanged changed) {
    if (skipped()) {
      return;
    }
    long inspectionId = changed.inspectionId();
    if (lockRowShowing(inspectionId)) {
      execute(NationalWrites.figures(inspectionId, progress.figures(inspectionId)));
    } else {
      // An older inspection's plan, which no row shows; or a row that is missing.
      serviceOf(inspectionId).ifPresent(service -> refresh(List.of(service)));
    }
  }

  void inspectionChanged(@Observes InspectionChanged changed) {
    if (!skipped()) {
      refresh(List.of(changed.serviceId()));
    }
  }

  void organisationChanged(@Observes OrganisationChanged changed) {
    if (!skipped()) {
      refresh(List.of(changed.organisationId()));
    }
  }

  void themesConfirmed(@Observes ThemesConfirmed confirmed) {
    if (!skipped()) {
      serviceOf(confirmed.inspectionId()).ifPresent(service -> refresh(List.of(service)));
    }
  }

  private boolean skipped() {
    if (!started) {
      missed = true;
    }
    return !started;
  }

  /** Works out these services' rows again in a transaction of their own. */
  @Transactional(TxType.REQUIRES_NEW)
  public void rebuild(List<Long> serviceIds) {
    refresh(serviceIds);
  }

  /**
   * Works out again, in a transaction of its own, up to {@link #BATCH} rows whose figures time has
   * moved on (see {@code NationalSql.due}); rows another transaction is writing are left to it.
   *
   * @return how many rows it worked out
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int refreshDue(LocalDate today) {
    List<Long> due =
        ids(
            em.createNativeQuery(
                    "SELECT service_id FROM national_service WHERE next_change_on <= ?"
                        + " OR figures_on > ? LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, BATCH));
    refresh(due);
    return due.size();
  }

  /**
   * Whether the table disagrees with the inspections: another number of services with a published
   * inspection, or another latest inspection for one (data loaded behind the application's back).
   */
  @Transactional(TxType.SUPPORTS)
  public boolean outOfStep() {
    Object[] latest =
        em.createQuery(
                "SELECT COUNT(i), SUM(i.id) FROM Inspection i WHERE i.status = :published"
                    + " AND NOT EXISTS (SELECT n FROM Inspection n WHERE n.service = i.service"
                    + " AND n.status = :published AND (n.publishedOn > i.publishedOn"
                    + " OR (n.publishedOn = i.publishedOn AND n.id > i.id)))",
                Object[].class)
            .setParameter("published", InspectionStatus.PUBLISHED)
            .getSingleResult();
    Object[] kept =
        (Object[])
            em.createNativeQuery("SELECT COUNT(*), SUM(inspection_id) FROM national_service")
                .getSingleResult();
    return number(latest[0]) != number(kept[0]) || number(latest[1]) != number(kept[1]);
  }

  /** Every service the table should show, and every one it shows, in id order. */
  @Transactional(TxType.SUPPORTS)
  public List<Long> everyService() {
    Set<Long> ids = new TreeSet<>();
    em.createQuery(
            "SELECT DISTINCT i.service.id FROM Inspection i WHERE i.status = :published",
            Long.class)
        .setParameter("published", InspectionStatus.PUBLISHED)
        .getResultList()
        .forEach(ids::add);
    ids.addAll(ids(em.createNativeQuery("SELECT service_id FROM national_service")));
    return List.copyOf(ids);
  }

  /**
   * Works out these services' rows again from scratch, in the caller's transaction: rows of
   * services without a published inspection go.
   */
  void refresh(Collection<Long> serviceIds) {
    if (serviceIds.isEmpty()) {
      return;
    }
    List<Long> ids = List.copyOf(new TreeSet<>(serviceIds));
    lock(ids);
    Map<Long, List<Published>> published = published(ids);
    Map<Long, Published> latest = new LinkedHashMap<>();
    published.forEach(
        (service, inspections) ->
            NationalEntries.latest(inspections).ifPresent(l -> latest.put(service, l)));
    List<Long> inspectionIds = latest.values().stream().map(Published::inspectionId).toList();
    Map<Long, PlanFigures> figures =
        inspectionIds.isEmpty() ? Map.of() : progress.figuresOf(inspectionIds);
    Map<Long, Set<OrganisationKind>> kinds = ownerKinds(inspectionIds);
    Map<Long, Set<String>> themes = themes(inspectionIds);
    List<NationalEntry> entries = new ArrayList<>();
    latest.forEach(
        (service, l) ->
            entries.add(
                NationalEntries.of(
                    published.get(service),
                    figures.get(l.inspectionId()),
                    kinds.getOrDefault(l.inspectionId(), Set.of()),
                    themes.getOrDefault(l.inspectionId(), Set.of()))));
    List<Long> gone = ids.stream().filter(id -> !latest.containsKey(id)).toList();
    if (!gone.isEmpty()) {
      execute(NationalWrites.remove(gone));
    }
    if (!entries.isEmpty()) {
      execute(NationalWrites.upsert(entries));
      NationalWrites.forgetFilters(latest.keySet()).forEach(this::execute);
      NationalWrites.ownerKinds(entries).forEach(this::execute);
      NationalWrites.themes(entries).forEach(this::execute);
    }
  }

  /** Locks the rows of these services (those that exist), in id order. */
  private void lock(List<Long> serviceIds) {
    Query lock =
        em.createNativeQuery(
            "SELECT service_id FROM national_service WHERE service_id IN "
                + NationalWrites.in(serviceIds)
                + " ORDER BY service_id FOR UPDATE");
    bind(lock, serviceIds).getResultList();
  }

  /** Locks the row showing this inspection; false when no row shows it. */
  private boolean lockRowShowing(long inspectionId) {
    return !em.createNativeQuery(
            "SELECT service_id FROM national_service WHERE inspection_id = ? FOR UPDATE")
        .setParameter(1, inspectionId)
        .getResultList()
        .isEmpty();
  }

  private Optional<Long> serviceOf(long inspectionId) {
    return em.createQuery("SELECT i.service.id FROM Inspection i WHERE i.id = :id", Long.class)
        .setParameter("id", inspectionId)
        .getResultStream()
        .findFirst();
  }

  /** Each service's published inspections. */
  private Map<Long, List<Published>> published(List<Long> serviceIds) {
    Map<Long, List<Published>> published = new HashMap<>();
    em.createQuery(
            "SELECT i.service.id, i.service.name, i.service.region, i.id, i.framework.code,"
                + " i.framework.name, i.kind, i.publishedOn, i.publishedPrecision, i.publishedOverall,"
                + " i.publishedScore FROM Inspection i"
                + " WHERE i.status = :published AND i.service.id IN :ids",
            Object[].class)
        .setParameter("published", InspectionStatus.PUBLISHED)
        .setParameter("ids", serviceIds)
        .getResultList()
        .forEach(
            r ->
                published
                    .computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(
                        new Published(
                            (Long) r[0],
                            (String) r[1],
                            (Region) r[2],
                            (Long) r[3],
                            (String) r[4],
                            (String) r[5],
                            (InspectionKind) r[6],
                            (LocalDate) r[7],
                            (DatePrecision) r[8],
                            (Rating) r[9],
                            (Integer) r[10])));
    return published;
  }

  /** Who each inspection's recommendations are addressed to, by inspection. */
  private Map<Long, Set<OrganisationKind>> ownerKinds(List<Long> inspectionIds) {
    Map<Long, Set<OrganisationKind>> kinds = new HashMap<>();
    if (!inspectionIds.isEmpty()) {
      em.createQuery(
              "SELECT DISTINCT r.inspection.id, k FROM Recommendation r JOIN r.ownerKinds k"
                  + " WHERE r.inspection.id IN :ids",
              Object[].class)
          .setParameter("ids", inspectionIds)
          .getResultList()
          .forEach(
              r ->
                  kinds
                      .computeIfAbsent((Long) r[0], k -> new TreeSet<>())
                      .add((OrganisationKind) r[1]));
    }
    return kinds;
  }

  /** The codes of the themes confirmed for each inspection's recommendations, by inspection. */
  private Map<Long, Set<String>> themes(List<Long> inspectionIds) {
    Map<Long, Set<String>> themes = new HashMap<>();
    if (!inspectionIds.isEmpty()) {
      em.createQuery(
              "SELECT DISTINCT r.inspection.id, a.theme.code FROM ThemeAssignment a, Recommendation"
                  + " r WHERE r.id = a.recommendationId AND r.inspection.id IN :ids",
              Object[].class)
          .setParameter("ids", inspectionIds)
          .getResultList()
          .forEach(
              r -> themes.computeIfAbsent((Long) r[0], k -> new TreeSet<>()).add((String) r[1]));
    }
    return themes;
  }

  private int execute(Statement statement) {
    return bind(em.createNativeQuery(statement.sql()), statement.parameters()).executeUpdate();
  }

  private static Query bind(Query query, List<?> parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  private static List<Long> ids(Query query) {
    List<Long> ids = new ArrayList<>();
    for (Object id : query.getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
