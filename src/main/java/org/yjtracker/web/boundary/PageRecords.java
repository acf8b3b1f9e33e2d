package org.yjtracker.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.yjtracker.web.entity.Page;

/**
 * Whether the record a page's address names exists. Pages fetch their data with scripts; without
 * this check a page of a record that does not exist answered 200 and said so only in its text.
 * Whether the caller may see the record stays the API's answer to the page's script.
 */
@ApplicationScoped
public class PageRecords {

  @PersistenceContext EntityManager em;

  public boolean exists(Page.RecordRef record) {
    // The table name comes from Page's own list, never from the request.
    return !em.createNativeQuery("SELECT 1 FROM " + record.table() + " WHERE id = ?")
        .setParameter(1, record.id())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
