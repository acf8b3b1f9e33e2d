package org.yjtracker.organisation.boundary;

import java.time.Instant;
import java.util.List;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.organisation.entity.Region;

/**
 * An organisation as the API returns it. For a service, {@code board} and {@code partners} are the
 * organisations that link to it (only those the caller may see).
 */
public record OrganisationView(
    long id,
    OrganisationKind kind,
    String kindLabel,
    String name,
    Region region,
    String regionLabel,
    OrganisationRef boardOf,
    List<OrganisationRef> serves,
    OrganisationRef board,
    List<OrganisationRef> partners,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static OrganisationView of(Organisation o) {
    return of(o, null, List.of());
  }

  static OrganisationView of(Organisation o, Organisation board, List<Organisation> partners) {
    return new OrganisationView(
        o.getId(),
        o.getKind(),
        o.getKind().label(),
        o.getName(),
        o.getRegion(),
        o.getRegion().label(),
        OrganisationRef.of(o.getBoardOf()),
        o.getServes().stream().map(OrganisationRef::of).toList(),
        OrganisationRef.of(board),
        partners.stream().map(OrganisationRef::of).toList(),
        o.getVersion(),
        o.getCreatedAt(),
        o.getUpdatedAt());
  }
}
