package org.yjtracker.notification.boundary;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids written into a native statement's IN list: EclipseLink does not expand a collection bound to
 * a native query's parameter. They are numbers from our own tables, so nothing typed reaches SQL.
 */
final class IdList {

  private IdList() {}

  static String in(Collection<Long> ids) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("An IN list needs at least one id");
    }
    return "(" + ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",")) + ")";
  }
}
