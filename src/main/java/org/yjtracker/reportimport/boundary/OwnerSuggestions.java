package org.yjtracker.reportimport.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reportimport.entity.ParsedRecommendation;
import org.yjtracker.reportimport.entity.ParsedReport;

/**
 * Matches a draft to the directory: the service the report is about, and for each recommendation
 * the organisations of the addressed kinds that work with that service. Where the directory has
 * none, it proposes one named from the heading; the reviewer confirms either way.
 */
@ApplicationScoped
public class OwnerSuggestions {

  private static final Pattern HEADING_WRAPPING =
      Pattern.compile("^(the\\s+)|(\\s+should)?\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern AND =
      Pattern.compile("\\s+and\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

  @PersistenceContext EntityManager em;

  /** The service whose name the report gives, else services named after its local authority. */
  public JsonObject service(ParsedReport draft) {
    List<Organisation> exact =
        draft.service() == null
            ? List.of()
            : services("LOWER(o.name) = :name", draft.service().toLowerCase(Locale.ROOT));
    List<Organisation> near =
        exact.isEmpty() && draft.localAuthority() != null
            ? services(
                "LOWER(o.name) LIKE :name",
                "%" + draft.localAuthority().toLowerCase(Locale.ROOT) + "%")
            : List.of();
    var candidates = Json.createArrayBuilder();
    (exact.isEmpty() ? near : exact).forEach(o -> candidates.add(ref(o)));
    var match = Json.createObjectBuilder().add("candidates", candidates);
    if (exact.size() == 1) {
      match.add("matched", ref(exact.get(0)));
    } else {
      match.addNull("matched");
    }
    return match.build();
  }

  public JsonArray owners(ParsedReport draft, Organisation service) {
    var all = Json.createArrayBuilder();
    if (draft.recommendations() == null) {
      return all.build();
    }
    for (ParsedRecommendation r : draft.recommendations()) {
      var candidates = Json.createArrayBuilder();
      var proposed = Json.createArrayBuilder();
      List<String> names = proposedNames(r.heading(), r.addressees().size());
      for (int i = 0; i < r.addressees().size(); i++) {
        OrganisationKind kind = r.addressees().get(i);
        List<Organisation> found = service == null ? List.of() : linked(service, kind);
        found.forEach(o -> candidates.add(ref(o)));
        if (found.isEmpty()) {
          proposed.add(
              Json.createObjectBuilder().add("kind", kind.name()).add("name", names.get(i)));
        }
      }
      all.add(
          Json.createObjectBuilder()
              .add("number", r.number())
              .add("candidates", candidates)
              .add("proposed", proposed));
    }
    return all.build();
  }

  /** "The Suffolk YJS board and the office for the PCC should:" -> one name per addressee. */
  static List<String> proposedNames(String heading, int addressees) {
    String body = heading == null ? "" : HEADING_WRAPPING.matcher(heading.strip()).replaceAll("");
    String[] parts = AND.split(body);
    var names = new ArrayList<String>();
    for (int i = 0; i < addressees; i++) {
      String name = parts.length == addressees ? parts[i] : body;
      names.add(name.isBlank() ? "" : Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }
    return names;
  }

  private List<Organisation> linked(Organisation service, OrganisationKind kind) {
    return switch (kind) {
      case YJS -> List.of(service);
      case MANAGEMENT_BOARD ->
          em.createNamedQuery(Organisation.BOARD_OF, Organisation.class)
              .setParameter("serviceId", service.getId())
              .getResultList();
      default ->
          em
              .createNamedQuery(Organisation.PARTNERS_OF, Organisation.class)
              .setParameter("serviceId", service.getId())
              .getResultList()
              .stream()
              .filter(o -> o.getKind() == kind)
              .toList();
    };
  }

  private List<Organisation> services(String condition, String name) {
    return em.createQuery(
            "SELECT o FROM Organisation o WHERE o.kind ="
                + " org.yjtracker.organisation.entity.OrganisationKind.YJS AND "
                + condition
                + " ORDER BY o.name",
            Organisation.class)
        .setParameter("name", name)
        .setMaxResults(10)
        .getResultList();
  }

  private static JsonObject ref(Organisation o) {
    return Json.createObjectBuilder()
        .add("id", o.getId())
        .add("name", o.getName())
        .add("kind", o.getKind().name())
        .build();
  }
}
