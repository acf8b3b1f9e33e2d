package org.yjtracker.demo.entity;

import java.util.List;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * One row of the demo organisations table. {@code links} are keys of other rows: for a board the
 * service it belongs to, for a partner the services it serves.
 */
public record DemoOrganisation(
    String key,
    OrganisationKind kind,
    String name,
    Region region,
    List<String> links,
    String source) {

  public DemoOrganisation {
    links = List.copyOf(links);
  }
}
