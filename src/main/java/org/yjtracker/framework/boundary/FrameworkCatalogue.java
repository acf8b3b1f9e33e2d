package org.yjtracker.framework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.framework.boundary.FrameworkInput.BandInput;
import org.yjtracker.framework.boundary.FrameworkInput.DomainInput;
import org.yjtracker.framework.boundary.FrameworkInput.StandardInput;
import org.yjtracker.framework.entity.Domain;
import org.yjtracker.framework.entity.Framework;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.framework.entity.RatingBand;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;

/** The frameworks inspections are recorded against; inspectorate admins add and rename. */
@ApplicationScoped
@Transactional
public class FrameworkCatalogue {

  static final String AUDIT_TYPE = "Framework";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;

  public List<FrameworkView> all() {
    return em.createNamedQuery(Framework.ALL, Framework.class).getResultList().stream()
        .map(FrameworkView::of)
        .toList();
  }

  public FrameworkView find(String code) {
    return FrameworkView.of(byCode(code));
  }

  public FrameworkView create(Caller caller, @Valid FrameworkInput input) {
    requireAdmin(caller);
    if (em.createNamedQuery(Framework.BY_CODE, Framework.class)
        .setParameter("code", input.code)
        .getResultStream()
        .findFirst()
        .isPresent()) {
      throw new ConflictException("There is already a framework " + input.code, "code", null);
    }
    var errors = new ArrayList<FieldError>();
    if (input.appliesUntil != null && input.appliesUntil < input.appliesFrom) {
      errors.add(new FieldError("appliesUntil", "The last year cannot come before the first"));
    }
    var framework =
        new Framework(
            input.code,
            input.name.strip(),
            input.appliesFrom,
            input.appliesUntil,
            yes(input.rated),
            yes(input.rated) && yes(input.scored));
    Set<Rating> bandRatings = new HashSet<>();
    List<BandInput> bands = input.bands == null ? List.of() : input.bands;
    for (int i = 0; i < bands.size(); i++) {
      Rating rating = rating(bands.get(i).rating, "bands[" + i + "].rating", errors);
      if (rating != null && !bandRatings.add(rating)) {
        errors.add(new FieldError("bands[" + i + "].rating", rating.label() + " is given twice"));
      } else if (rating != null) {
        BandInput b = bands.get(i);
        framework.addBand(new RatingBand(rating, b.points, b.minPercent, b.minScore));
      }
    }
    Set<String> codes = new HashSet<>();
    List<DomainInput> domains = input.domains == null ? List.of() : input.domains;
    for (int d = 0; d < domains.size(); d++) {
      DomainInput domainInput = domains.get(d);
      Domain domain = framework.addDomain(domainInput.code.strip(), domainInput.name.strip());
      List<StandardInput> standards =
          domainInput.standards == null ? List.of() : domainInput.standards;
      for (int s = 0; s < standards.size(); s++) {
        String at = "domains[" + d + "].standards[" + s + "].";
        StandardInput si = standards.get(s);
        if (!codes.add(si.code.strip())) {
          errors.add(new FieldError(at + "code", "Standard " + si.code + " is given twice"));
          continue;
        }
        Standard standard =
            domain.addStandard(
                si.code.strip(), si.name.strip(), yes(si.caseSampled), yes(si.scored));
        if (yes(si.mayBeUnrated)) {
          standard.allowUnrated();
        }
        Rating when = rating(si.limitWhen, at + "limitWhen", errors);
        Rating capsAt = rating(si.limitCapsAt, at + "limitCapsAt", errors);
        if ((when == null) != (capsAt == null)) {
          errors.add(new FieldError(at + "limitCapsAt", "A limit needs both its ratings"));
        } else if (when != null) {
          standard.limitOverall(when, capsAt);
        }
        if (si.keyQuestions != null) {
          si.keyQuestions.forEach(q -> standard.addKeyQuestion(q.strip()));
        }
      }
    }
    if (!yes(input.rated) && !domains.isEmpty()) {
      errors.add(new FieldError("domains", "A framework without ratings has no standards"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    em.persist(framework);
    em.flush();
    FrameworkView view = FrameworkView.of(framework);
    audit.created(caller, AUDIT_TYPE, framework.getCode(), view);
    return view;
  }

  public FrameworkView renameStandard(
      Caller caller, String code, String standardCode, @Valid FrameworkInput.Rename rename) {
    requireAdmin(caller);
    Framework framework = byCode(code);
    Standard standard =
        framework
            .standard(standardCode)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        framework.getName() + " has no standard " + standardCode));
    String before = standard.getName();
    standard.rename(rename.name);
    em.flush();
    audit.updated(
        caller,
        AUDIT_TYPE,
        code + "/" + standardCode,
        java.util.Map.of("name", before),
        java.util.Map.of("name", standard.getName()));
    return FrameworkView.of(framework);
  }

  private Framework byCode(String code) {
    return em.createNamedQuery(Framework.BY_CODE, Framework.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No framework with code " + code));
  }

  private static Rating rating(String value, String field, List<FieldError> errors) {
    Rating rating = Enums.parseInto(Rating.class, value, field, errors);
    if (rating == Rating.NOT_RATED) {
      errors.add(new FieldError(field, "Not rated is not a rating of the scale"));
      return null;
    }
    return rating;
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN)) {
      throw new ForbiddenException("Only inspectorate admins change frameworks.");
    }
  }

  /** A flag left out (or null) means no. */
  private static boolean yes(Boolean flag) {
    return Boolean.TRUE.equals(flag);
  }
}
