package org.yjtracker.inspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.inspection.boundary.InspectionInput.StandardInput;
import org.yjtracker.inspection.control.ScoringRules;
import org.yjtracker.inspection.control.ScoringRules.Facts;
import org.yjtracker.inspection.control.ScoringRules.StandardFacts;
import org.yjtracker.inspection.entity.Assessment;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionKind;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.Visibility;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.control.PagedQuery;
import org.yjtracker.platform.control.RequestBodies;
import org.yjtracker.platform.entity.ResultPage;

/**
 * Inspections as callers use them: the inspectorate records and publishes them; everyone signed in
 * reads the published inspections of the services they can see. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class InspectionRecords {

  static final String AUDIT_TYPE = "Inspection";

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject RequestBodies bodies;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject InspectionAssembler assembler;
  @Inject Event<InspectionChanged> changed;

  public ResultPage<InspectionSummary> search(Caller caller, InspectionQuery query) {
    var rows = PagedQuery.of(Inspection.class, "i");
    if (!caller.isInspectorate()) {
      Visibility visibility = scope.of(caller);
      if (visibility.serviceIds().isEmpty()) {
        return ResultPage.of(List.of(), query.page(), 0);
      }
      rows.where("i.service.id IN :visible", "visible", visibility.serviceIds())
          .where("i.status = :published", "published", InspectionStatus.PUBLISHED);
    }
    return rows.whereGiven("i.service.id = :service", "service", query.serviceId())
        .whereGiven("i.service.region = :region", "region", query.region())
        .whereGiven("i.framework.code = :framework", "framework", query.framework())
        .whereGiven("i.kind = :kind", "kind", query.kind())
        .whereGiven("i.publishedOverall = :overall", "overall", query.overall())
        .whereGiven("FUNCTION('YEAR', i.publishedOn) = :year", "year", query.year())
        .whereGiven("i.status = :status", "status", query.status())
        .whereGiven("LOWER(i.service.name) LIKE :text", "text", Like.containing(query.text()))
        .page(em, "i.publishedOn DESC, i.id DESC", query.page(), InspectionSummary::of);
  }

  public InspectionView find(Caller caller, long id) {
    return view(readable(caller, id));
  }

  /** A service's inspections, oldest first: each one's predecessor is the one before it. */
  public List<InspectionSummary> history(Caller caller, long serviceId) {
    if (!scope.of(caller).coversService(serviceId)) {
      throw new NotFoundException("No youth justice service with id " + serviceId);
    }
    Organisation service = em.find(Organisation.class, serviceId);
    if (service == null || !service.isService()) {
      throw new NotFoundException("No youth justice service with id " + serviceId);
    }
    return chain(serviceId).stream()
        .filter(i -> caller.isInspectorate() || !i.isDraft())
        .map(InspectionSummary::of)
        .toList();
  }

  public InspectionView create(Caller caller, @Valid InspectionInput input) {
    requireInspector(caller);
    var checked = assembler.check(input, null);
    rejectDuplicate(checked, null);
    var inspection = new Inspection(checked.service(), checked.framework(), checked.kind());
    assembler.applyTo(inspection, input, checked);
    assembler.rate(inspection, input, checked);
    assembler.recommend(inspection, checked);
    em.persist(inspection);
    em.flush();
    relink(checked.service().getId());
    InspectionView view = view(inspection);
    audit.created(caller, AUDIT_TYPE, inspection.getId(), view);
    return view;
  }

  /**
   * Changes a draft (inspectors), or corrects a published inspection (inspectorate admins only,
   * with a reason that the audit trail keeps).
   */
  public InspectionView update(Caller caller, long id, InspectionInput input) {
    requireInspector(caller);
    Inspection inspection = existing(id);
    String reason = input.reason == null || input.reason.isBlank() ? null : input.reason.strip();
    if (!inspection.isDraft()) {
      if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN)) {
        throw new ForbiddenException(
            "This inspection is published; only an inspectorate admin may correct it.");
      }
      if (reason == null) {
        throw new InvalidInputException("reason", "Say why the published inspection is corrected");
      }
    }
    // Validated only now: an inspector may not correct a published inspection, whatever it says.
    bodies.valid(input, "Send the inspection");
    if (input.version == null) {
      throw new InvalidInputException("version", "Send the version you edited");
    }
    if (input.version != inspection.getVersion()) {
      throw new ConflictException(
          "Someone else changed this inspection while you were editing it.",
          "version",
          view(inspection));
    }
    var checked = assembler.check(input, inspection);
    rejectDuplicate(checked, inspection.getId());
    InspectionView before = view(inspection);
    long previousService = inspection.getService().getId();
    assembler.applyTo(inspection, input, checked);
    inspection.clearRatings();
    em.flush();
    assembler.rate(inspection, input, checked);
    assembler.recommend(inspection, checked);
    em.flush();
    relink(previousService);
    relink(checked.service().getId());
    if (!inspection.isDraft()) {
      changed.fire(new InspectionChanged(previousService));
      if (previousService != checked.service().getId()) {
        changed.fire(new InspectionChanged(checked.service().getId()));
      }
    }
    InspectionView after = view(inspection);
    audit.record(caller, AuditAction.UPDATE, AUDIT_TYPE, id, reason, before, after);
    return view(inspection);
  }

  /** Publishes a complete draft; from then on it is the record of the report. */
  public InspectionView publish(Caller caller, long id, Long version) {
    requireInspector(caller);
    Inspection inspection = existing(id);
    if (!inspection.isDraft()) {
      throw new ConflictException(
          "This inspection is already published.", "status", view(inspection));
    }
    if (version != null && version != inspection.getVersion()) {
      throw new ConflictException(
          "Someone else changed this inspection since you read it.", "version", view(inspection));
    }
    requireComplete(inspection);
    InspectionView before = view(inspection);
    inspection.publish(caller.email(), clock.instant());
    em.flush();
    changed.fire(new InspectionChanged(inspection.getService().getId()));
    InspectionView after = view(inspection);
    audit.updated(caller, AUDIT_TYPE, id, before, after);
    return after;
  }

  /** Drafts may be thrown away; published inspections are kept. */
  public void delete(Caller caller, long id) {
    requireInspector(caller);
    Inspection inspection = existing(id);
    if (!inspection.isDraft()) {
      throw new ConflictException(
          "A published inspection cannot be deleted; an inspectorate admin may correct it.");
    }
    InspectionView before = view(inspection);
    long serviceId = inspection.getService().getId();
    inspection.follow(null);
    relink(serviceId, inspection);
    em.remove(inspection);
    em.flush();
    audit.deleted(caller, AUDIT_TYPE, id, before);
  }

  /**
   * What the rules make of figures still being entered: the form shows derived ratings, the score
   * and any disagreement as the inspector types. Half-typed values are left out, not refused.
   */
  public Assessment assess(InspectionInput input) {
    var errors = new ArrayList<FieldError>();
    Framework framework = assembler.framework(input.framework, errors);
    if (framework == null) {
      throw new InvalidInputException(
          errors.isEmpty() ? List.of(new FieldError("framework", "Choose a framework")) : errors);
    }
    var standards = new LinkedHashMap<String, StandardFacts>();
    for (StandardInput s : InspectionAssembler.orEmpty(input.standards)) {
      Rating rating = lenient(s.rating);
      if (s.code == null || s.code.isBlank() || rating == null) {
        continue;
      }
      List<Integer> percents =
          InspectionAssembler.orEmpty(s.keyQuestions).stream()
              .map(kq -> kq == null ? null : kq.percentYes)
              .toList();
      standards.put(s.code.strip(), new StandardFacts(rating, percents, lenient(s.discretionFrom)));
    }
    Integer score = framework.isScored() ? input.publishedScore : null;
    InspectionKind kind = lenientKind(input.kind);
    return ScoringRules.of(framework, kind == null ? null : kind.name())
        .assess(new Facts(score, lenient(input.publishedOverall), standards));
  }

  private static InspectionKind lenientKind(String value) {
    try {
      return Enums.parse(InspectionKind.class, value, "kind");
    } catch (InvalidInputException e) {
      return null;
    }
  }

  private static Rating lenient(String value) {
    try {
      return Enums.parse(Rating.class, value, "rating");
    } catch (InvalidInputException e) {
      return null;
    }
  }

  Inspection readable(Caller caller, long id) {
    return Optional.ofNullable(em.find(Inspection.class, id))
        .filter(i -> caller.isInspectorate() || !i.isDraft())
        .filter(i -> scope.of(caller).coversService(i.getService().getId()))
        .orElseThrow(() -> new NotFoundException("No inspection with id " + id));
  }

  private Inspection existing(long id) {
    return Optional.ofNullable(em.find(Inspection.class, id))
        .orElseThrow(() -> new NotFoundException("No inspection with id " + id));
  }

  private InspectionView view(Inspection inspection) {
    List<Inspection> chain = chain(inspection.getService().getId());
    int at = chain.indexOf(inspection);
    Inspection next = at >= 0 && at + 1 < chain.size() ? chain.get(at + 1) : null;
    return InspectionViews.of(
        inspection,
        ScoringRules.of(inspection.getFramework(), inspection.getKind().name()),
        InspectionViews.ref(inspection.getPrevious()),
        InspectionViews.ref(next));
  }

  private List<Inspection> chain(long serviceId) {
    var chain =
        new ArrayList<>(
            em.createNamedQuery(Inspection.OF_SERVICE, Inspection.class)
                .setParameter("serviceId", serviceId)
                .getResultList());
    chain.sort(Inspection.CHRONOLOGICAL);
    return chain;
  }

  /** Every inspection of the service follows the one before it by date. */
  private void relink(long serviceId) {
    relink(serviceId, null);
  }

  private void relink(long serviceId, Inspection leaving) {
    Inspection before = null;
    for (Inspection inspection : chain(serviceId)) {
      if (inspection == leaving) {
        continue;
      }
      if (inspection.getPrevious() != before) {
        inspection.follow(before);
      }
      before = inspection;
    }
    em.flush();
  }

  private void rejectDuplicate(InspectionAssembler.Checked checked, Long ownId) {
    if (checked.publishedOn() == null) {
      return;
    }
    em.createNamedQuery(Inspection.BY_SERVICE_AND_DATE, Inspection.class)
        .setParameter("serviceId", checked.service().getId())
        .setParameter("publishedOn", checked.publishedOn())
        .getResultStream()
        .filter(i -> !i.getId().equals(ownId))
        .findFirst()
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "Inspection "
                      + existing.getId()
                      + " of "
                      + checked.service().getName()
                      + " was already published on that date",
                  "published",
                  InspectionSummary.of(existing));
            });
  }

  private static void requireComplete(Inspection inspection) {
    var missing = new ArrayList<FieldError>();
    if (inspection.getPublishedOn() == null) {
      missing.add(new FieldError("published", "Enter the publication date before publishing"));
    }
    if (inspection.getFramework().isRated() && inspection.getPublishedOverall() == null) {
      missing.add(new FieldError("publishedOverall", "Enter the overall rating before publishing"));
    }
    if (inspection.getFramework().isScored() && inspection.getPublishedScore() == null) {
      missing.add(new FieldError("publishedScore", "Enter the published score before publishing"));
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
  }

  private static void requireInspector(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN, Role.INSPECTOR)) {
      throw new ForbiddenException("Only inspectorate staff record inspections.");
    }
  }
}
