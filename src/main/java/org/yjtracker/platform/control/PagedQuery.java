package org.yjtracker.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;

/**
 * A JPQL list with optional filters, answered one page at a time with the total count. Each filter
 * is a condition with at most one named parameter; both queries share them.
 */
public final class PagedQuery<E> {

  private final Class<E> type;
  private final String alias;
  private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
  private final Map<String, Object> parameters = new HashMap<>();

  private PagedQuery(Class<E> type, String alias) {
    this.type = type;
    this.alias = alias;
  }

  /** Rows of an entity, named by {@code alias} in the conditions ("o" for "o.name = :name"). */
  public static <E> PagedQuery<E> of(Class<E> type, String alias) {
    return new PagedQuery<>(type, alias);
  }

  public PagedQuery<E> where(String condition, String parameter, Object value) {
    where.append(" AND (").append(condition).append(')');
    parameters.put(parameter, value);
    return this;
  }

  /** Adds the condition only if the value is there (not null, not blank, not an empty set). */
  public PagedQuery<E> whereGiven(String condition, String parameter, Object value) {
    boolean given =
        value != null
            && !(value instanceof String text && text.isBlank())
            && !(value instanceof java.util.Collection<?> values && values.isEmpty());
    return given ? where(condition, parameter, value) : this;
  }

  public <T> ResultPage<T> page(
      EntityManager em, String orderBy, PageRequest page, Function<E, T> mapper) {
    String from = " FROM " + type.getSimpleName() + " " + alias + where;
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ")" + from, Long.class);
    TypedQuery<E> rows = em.createQuery("SELECT " + alias + from + " ORDER BY " + orderBy, type);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          rows.setParameter(name, value);
        });
    var items =
        rows.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList().stream()
            .map(mapper)
            .toList();
    return ResultPage.of(items, page, count.getSingleResult());
  }
}
