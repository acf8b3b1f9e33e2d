package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.organisation.entity.Visibility;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.theme.entity.Theme;

/**
 * The themes of recommendations: everybody reads them with the number of confirmed recommendations
 * they may see; inspectorate admins add, change and retire them. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class ThemeCatalogue {

  static final String AUDIT_TYPE = "Theme";

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject AuditTrail audit;
  @Inject ThemeRecommendations recommendations;

  public List<ThemeView> all(Caller caller) {
    Map<Long, Long> counts = recommendations.countsByTheme(scope.of(caller));
    return em.createNamedQuery(Theme.ALL, Theme.class).getResultList().stream()
        .map(t -> ThemeView.of(t, counts.getOrDefault(t.getId(), 0L)))
        .toList();
  }

  /** The theme page: the theme and its confirmed recommendations, by service. */
  public ThemePageView page(Caller caller, long id) {
    Theme theme = theme(id);
    Visibility visibility = scope.of(caller);
    List<ThemePageView.Row> rows = recommendations.confirmedIn(theme, visibility);
    return new ThemePageView(ThemeView.of(theme, rows.size()), rows);
  }

  public ThemeView create(Caller caller, @Valid ThemeInput input) {
    requireAdmin(caller);
    String name = input.name.strip();
    requireUniqueName(name, null);
    String code;
    if (input.code != null) {
      code = input.code;
      if (byCode(code).isPresent()) {
        throw new ConflictException("There is already a theme with code " + code, "code", null);
      }
    } else {
      code = freeCode(derivedCode(name));
    }
    var theme = new Theme(code, name);
    theme.describe(name, blankToNull(input.description), keywords(input.keywords));
    theme.retire(Boolean.TRUE.equals(input.retired));
    em.persist(theme);
    em.flush();
    ThemeView view = ThemeView.of(theme, 0);
    audit.created(caller, AUDIT_TYPE, theme.getId(), view);
    return view;
  }

  public ThemeView update(Caller caller, long id, @Valid ThemeInput input) {
    requireAdmin(caller);
    Theme theme = theme(id);
    if (input.version == null) {
      throw new InvalidInputException("version", "Send the version of the theme you read");
    }
    ThemeView before = view(caller, theme);
    if (input.version != theme.getVersion()) {
      throw new ConflictException(
          "Someone else changed this theme since you read it.", "version", before);
    }
    if (input.code != null && !input.code.equals(theme.getCode())) {
      throw new InvalidInputException("code", "A theme's code cannot change");
    }
    String name = input.name.strip();
    requireUniqueName(name, theme.getId());
    theme.describe(
        name,
        blankToNull(input.description),
        input.keywords == null ? List.copyOf(theme.getKeywords()) : keywords(input.keywords));
    if (input.retired != null) {
      theme.retire(input.retired);
    }
    em.flush();
    ThemeView after = view(caller, theme);
    audit.updated(caller, AUDIT_TYPE, theme.getId(), before, after);
    return after;
  }

  private ThemeView view(Caller caller, Theme theme) {
    return ThemeView.of(
        theme, recommendations.countsByTheme(scope.of(caller)).getOrDefault(theme.getId(), 0L));
  }

  Theme theme(long id) {
    return Optional.ofNullable(em.find(Theme.class, id))
        .orElseThrow(() -> new NotFoundException("No theme with id " + id));
  }

  private Optional<Theme> byCode(String code) {
    return em.createNamedQuery(Theme.BY_CODE, Theme.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private void requireUniqueName(String name, Long except) {
    em.createQuery("SELECT t FROM Theme t WHERE LOWER(t.name) = :name", Theme.class)
        .setParameter("name", name.toLowerCase(Locale.ROOT))
        .getResultStream()
        .filter(t -> !t.getId().equals(except))
        .findFirst()
        .ifPresent(
            clash -> {
              throw new ConflictException(
                  "There is already a theme called " + clash.getName(), "name", null);
            });
  }

  /** "Speech, language & communication" → SPEECH_LANGUAGE_COMMUNICATION. */
  static String derivedCode(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "_")
            .replaceAll("^_+|_+$", "");
    plain = plain.length() > 36 ? plain.substring(0, 36).replaceAll("_+$", "") : plain;
    return plain.length() < 2 ? "THEME" : plain;
  }

  private String freeCode(String base) {
    String code = base;
    for (int n = 2; byCode(code).isPresent(); n++) {
      code = base + "_" + n;
    }
    return code;
  }

  /** Stripped, blanks and repeats (in any case) left out, in the order given. */
  private static List<String> keywords(List<String> given) {
    if (given == null) {
      return List.of();
    }
    Map<String, String> unique = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String k = given.get(i).strip().replaceAll("\\s+", " ");
      if (k.chars().noneMatch(Character::isLetterOrDigit)) {
        errors.add(new FieldError("keywords[" + i + "]", "A keyword needs a letter or a digit"));
      }
      unique.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return List.copyOf(unique.values());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.hasAnyRole(Role.INSPECTORATE_ADMIN)) {
      throw new ForbiddenException("Only inspectorate admins change themes.");
    }
  }
}
