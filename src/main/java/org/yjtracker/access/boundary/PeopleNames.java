package org.yjtracker.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * People's names for pages: records keep who did something by email address (it never changes
 * meaning, and survives an account being removed), pages show the person's name. One statement for
 * all the addresses a page shows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeopleNames {

  @PersistenceContext EntityManager em;

  /** Each address's account name; an address with no account is left out. */
  public Map<String, String> of(Collection<String> emails) {
    List<String> wanted = emails.stream().filter(Objects::nonNull).distinct().toList();
    Map<String, String> names = new HashMap<>();
    if (wanted.isEmpty()) {
      return names;
    }
    em.createQuery(
            "SELECT a.email, a.displayName FROM Account a WHERE a.email IN :emails", Object[].class)
        .setParameter("emails", wanted)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }

  /** The name to show for an address: the account's name, else the address itself. */
  public static String shown(Map<String, String> names, String email) {
    if (email == null) {
      return "The tracker";
    }
    return names.getOrDefault(email, email);
  }
}
