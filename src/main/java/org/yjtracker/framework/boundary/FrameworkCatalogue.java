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
import org.yjtracker.framework.boundary.FrameworkInput.KindInput;
import org.yjtracker.framework.boundary.FrameworkInput.StandardDefinition;
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

  /** The kind a framework offers when its creator names none. */
  static final String DEFAULT_KIND = "STANDARD";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject InspectionKinds kinds;

  public List<FrameworkView> all() {
    return em.createNamedQuery(Framework.ALL, Framework.class).getResultList().stream()
        .map(f -> FrameworkView.of(f, kinds))
        .toList();
  }

  public FrameworkView find(String code) {
    return FrameworkView.of(byCode(code), kinds);
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
    bands(input.bands, "bands", errors).forEach(framework::addBand);
    Set<String> kindCodes = new HashSet<>();
    List<KindInput> kindInputs = input.kinds == null ? List.of() : input.kinds;
    for (int k = 0; k < kindInputs.size(); k++) {
      KindInput kind = kindInputs.get(k);
      String at = "kinds[" + k + "].kind";
      if (!knownKind(kind.kind, at, errors)) {
        continue;
      }
      if (!kindCodes.add(kind.kind)) {
        errors.add(new FieldError(at, kind.kind + " is given twice"));
        continue;
      }
      framework.addKind(kind.kind, kind.ratedAreas);
    }
    if (kindInputs.isEmpty()) {
      // A framework must offer some kind of inspection to record against it.
      framework.addKind(DEFAULT_KIND, null);
      kindCodes.add(DEFAULT_KIND);
    }
    Set<String> codes = new HashSet<>();
    List<DomainInput> domains = input.domains == null ? List.of() : input.domains;
    for (int d = 0; d < domains.size(); d++) {
      DomainInput domainInput = domains.get(d);
      Domain domain = framework.addDomain(domainInput.code.strip(), domainInput.name.strip());
      List<String> ratedIn = domainInput.ratedIn == null ? List.of() : domainInput.ratedIn;
      for (int k = 0; k < ratedIn.size(); k++) {
        if (!kindCodes.contains(ratedIn.get(k))) {
          errors.add(
              new FieldError(
                  "domains[" + d + "].ratedIn[" + k + "]",
                  "The framework has no kind " + ratedIn.get(k)));
        }
      }
      domain.rateOnlyIn(ratedIn);
      List<StandardDefinition> standards =
          domainInput.standards == null ? List.of() : domainInput.standards;
      for (int s = 0; s < standards.size(); s++) {
        String at = "domains[" + d + "].standards[" + s + "].";
        StandardDefinition si = standards.get(s);
        if (!codes.add(si.code.strip())) {
          errors.add(new FieldError(at + "code", "Standard " + si.code + " is given twice"));
          continue;
        }
        addStandard(domain, si, at, errors);
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
    FrameworkView view = FrameworkView.of(framework, kinds);
    audit.created(caller, AUDIT_TYPE, framework.getCode(), view);
    return view;
  }

  /**
   * Adds a standard to a domain of a framework already in use: the areas of the 2025 full
   * inspection are added this way as the inspectorate publishes them. Inspections already recorded
   * keep what they recorded; the new standard shows as missing on their checks.
   */
  public FrameworkView addStandard(
      Caller caller, String code, String domainCode, @Valid StandardDefinition input) {
    requireAdmin(caller);
    Framework framework = byCode(code);
    if (!framework.isRated()) {
      throw new InvalidInputException("code", framework.getName() + " rates no standards");
    }
    Domain domain =
        framework
            .domain(domainCode)
            .orElseThrow(
                () -> new NotFoundException(framework.getName() + " has no domain " + domainCode));
    if (framework.standard(input.code.strip()).isPresent()) {
      throw new ConflictException(
          framework.getName() + " already has a standard " + input.code.strip(), "code", null);
    }
    var errors = new ArrayList<FieldError>();
    Standard standard = addStandard(domain, input, "", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    em.flush();
    FrameworkView view = FrameworkView.of(framework, kinds);
    audit.created(caller, AUDIT_TYPE, code + "/" + standard.getCode(), view);
    return view;
  }

  /**
   * Replaces a framework's scale and thresholds: the rules the inspectorate publishes later (the
   * 2025 framework's, say) are added as data. Recorded inspections are checked against them from
   * then on; their published ratings never change.
   */
  public FrameworkView replaceBands(Caller caller, String code, @Valid FrameworkInput.Bands input) {
    requireAdmin(caller);
    Framework framework = byCode(code);
    if (!framework.isRated()) {
      throw new InvalidInputException("bands", framework.getName() + " gives no ratings");
    }
    var errors = new ArrayList<FieldError>();
    List<RatingBand> bands = bands(input.bands, "bands", errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    FrameworkView before = FrameworkView.of(framework, kinds);
    framework.replaceBands(bands);
    em.flush();
    FrameworkView after = FrameworkView.of(framework, kinds);
    audit.updated(caller, AUDIT_TYPE, code, before.bands(), after.bands());
    return after;
  }

  private static List<RatingBand> bands(
      List<BandInput> inputs, String field, List<FieldError> errors) {
    Set<Rating> seen = new HashSet<>();
    var bands = new ArrayList<RatingBand>();
    List<BandInput> given = inputs == null ? List.of() : inputs;
    for (int i = 0; i < given.size(); i++) {
      Rating rating = rating(given.get(i).rating, field + "[" + i + "].rating", errors);
      if (rating != null && !seen.add(rating)) {
        errors.add(
            new FieldError(field + "[" + i + "].rating", rating.label() + " is given twice"));
      } else if (rating != null) {
        BandInput b = given.get(i);
        bands.add(new RatingBand(rating, b.points, b.minPercent, b.minScore));
      }
    }
    return bands;
  }

  private static Standard addStandard(
      Domain domain, StandardDefinition si, String at, List<FieldError> errors) {
    Standard standard =
        domain.addStandard(si.code.strip(), si.name.strip(), yes(si.caseSampled), yes(si.scored));
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
    return standard;
  }

  private boolean knownKind(String kind, String field, List<FieldError> errors) {
    if (kinds.label(kind).isEmpty()) {
      errors.add(new FieldError(field, "There is no kind of inspection " + kind));
      return false;
    }
    return true;
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
    return FrameworkView.of(framework, kinds);
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
