package org.yjtracker.organisation.boundary;

import java.util.List;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/** What the audit trail keeps of an organisation: its own fields, not what links to it. */
public record OrganisationState(
    OrganisationKind kind, String name, Region region, Long boardOfId, List<Long> servesIds) {

  static OrganisationState of(Organisation o) {
    return new OrganisationState(
        o.getKind(),
        o.getName(),
        o.getRegion(),
        o.getBoardOf() == null ? null : o.getBoardOf().getId(),
        o.getServes().stream().map(Organisation::getId).sorted().toList());
  }
}
